package org.auditbench.scan;

import java.net.InetAddress;
import java.util.Objects;

/**
 * The target of one check run: always a domain (ASCII form, lower case); for host checks also the mail
 * host; for address checks also the address.
 *
 * @param domain the mail domain under scan, ASCII (punycode) and lower case
 * @param host the mail host, or {@code null} for a domain target
 * @param address the address, or {@code null} unless this is an address target
 */
public record ScanTarget(String domain, String host, InetAddress address) {

    public ScanTarget {
        Objects.requireNonNull(domain, "domain");
        if (address != null) {
            Objects.requireNonNull(host, "host of an address target");
        }
    }

    public static ScanTarget domain(String domain) {
        return new ScanTarget(domain, null, null);
    }

    public ScanTarget withHost(String mailHost) {
        return new ScanTarget(domain, mailHost, null);
    }

    public ScanTarget withAddress(InetAddress ip) {
        return new ScanTarget(domain, host, ip);
    }

    public TargetKind kind() {
        return address != null ? TargetKind.ADDRESS : host != null ? TargetKind.MAIL_HOST : TargetKind.DOMAIN;
    }

    /** The address as text without a host name part, or {@code null}. */
    public String ip() {
        return address == null ? null : address.getHostAddress();
    }

    /**
     * The label stored as the observation's target: {@code domain}, {@code host}, or {@code host ip}.
     */
    public String label() {
        return switch (kind()) {
            case DOMAIN -> domain;
            case MAIL_HOST -> host;
            case ADDRESS -> host + " " + ip();
        };
    }

    @Override
    public String toString() {
        return label();
    }
}
