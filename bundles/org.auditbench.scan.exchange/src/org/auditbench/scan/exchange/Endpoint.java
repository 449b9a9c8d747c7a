package org.auditbench.scan.exchange;

import java.net.InetAddress;
import java.util.Objects;

/**
 * An HTTPS endpoint that may be an Exchange server: one address, reached under a host name (Host
 * header and SNI), for example an MX host or {@code autodiscover.<domain>}.
 *
 * @param hostName the name used for Host and SNI, or {@code null} to use the address literal
 */
public record Endpoint(String hostName, InetAddress address, int port) {

    public static final int HTTPS = 443;

    public Endpoint {
        Objects.requireNonNull(address, "address");
    }

    /** The value of the Host header. */
    public String hostHeader() {
        String host = hostName != null ? hostName
                : address instanceof java.net.Inet6Address ? "[" + address.getHostAddress() + "]" : address.getHostAddress();
        return port == HTTPS ? host : host + ":" + port;
    }

    @Override
    public String toString() {
        return (hostName == null ? "" : hostName + " ") + address.getHostAddress() + ":" + port;
    }
}
