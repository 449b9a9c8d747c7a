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

    /** The address as text (IPv6 compressed as RFC 5952 says), or {@code null}. */
    public String ip() {
        return address == null ? null : ipText(address);
    }

    /** An address as text: IPv4 dotted, IPv6 in RFC 5952's short form ("::1", "2001:db8::5"). */
    public static String ipText(InetAddress address) {
        byte[] b = address.getAddress();
        if (b.length == 4) {
            return address.getHostAddress();
        }
        int[] groups = new int[8];
        for (int i = 0; i < 8; i++) {
            groups[i] = ((b[2 * i] & 0xff) << 8) | (b[2 * i + 1] & 0xff);
        }
        int bestStart = -1;
        int bestLength = 1;
        for (int i = 0; i < 8; i++) {
            int j = i;
            while (j < 8 && groups[j] == 0) {
                j++;
            }
            if (j - i > bestLength) {
                bestStart = i;
                bestLength = j - i;
            }
            i = Math.max(i, j);
        }
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                s.append("::");
                i += bestLength - 1;
                continue;
            }
            if (s.length() > 0 && s.charAt(s.length() - 1) != ':') {
                s.append(':');
            }
            s.append(Integer.toHexString(groups[i]));
        }
        return s.toString();
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
