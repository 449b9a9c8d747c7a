package org.auditbench.scan.internal;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;

/**
 * Address ranges that a scan must not touch unless explicitly allowed: loopback, private, link-local,
 * shared (CGNAT), multicast, documentation, benchmarking and reserved ranges (RFC 6890).
 */
public final class AddressRanges {

    private AddressRanges() {
    }

    /** Why the address is special (e.g. "loopback"), or {@code null} for a public address. */
    public static String specialPurpose(InetAddress address) {
        if (address.isLoopbackAddress()) {
            return "loopback";
        }
        if (address.isAnyLocalAddress()) {
            return "unspecified";
        }
        if (address.isLinkLocalAddress()) {
            return "link-local";
        }
        if (address.isSiteLocalAddress()) {
            return "private";
        }
        if (address.isMulticastAddress()) {
            return "multicast";
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            return special4(b);
        }
        if (address instanceof Inet6Address) {
            return special6(b);
        }
        return null;
    }

    private static String special4(byte[] b) {
        int a0 = b[0] & 0xff;
        int a1 = b[1] & 0xff;
        int a2 = b[2] & 0xff;
        if (a0 == 0) {
            return "this network";
        }
        if (a0 == 100 && a1 >= 64 && a1 < 128) {
            return "shared (carrier-grade NAT)";
        }
        if (a0 == 192 && a1 == 0 && a2 == 0) {
            return "IETF protocol assignments";
        }
        if (a0 == 192 && a1 == 0 && a2 == 2 || a0 == 198 && a1 == 51 && a2 == 100 || a0 == 203 && a1 == 0 && a2 == 113) {
            return "documentation";
        }
        if (a0 == 198 && (a1 == 18 || a1 == 19)) {
            return "benchmarking";
        }
        if (a0 >= 240) {
            return "reserved";
        }
        return null;
    }

    private static String special6(byte[] b) {
        int first = b[0] & 0xff;
        if ((first & 0xfe) == 0xfc) {
            return "private (unique local)";
        }
        if (first == 0x20 && (b[1] & 0xff) == 0x01 && (b[2] & 0xff) == 0x0d && (b[3] & 0xff) == 0xb8) {
            return "documentation";
        }
        boolean zeroPrefix = true;
        for (int i = 0; i < 10; i++) {
            zeroPrefix &= b[i] == 0;
        }
        if (zeroPrefix && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
            byte[] v4 = { b[12], b[13], b[14], b[15] };
            try {
                String inner = specialPurpose(InetAddress.getByAddress(v4));
                return inner == null ? null : inner + " (IPv4-mapped)";
            } catch (java.net.UnknownHostException e) {
                return "reserved";
            }
        }
        if (zeroPrefix) {
            return "reserved";
        }
        return null;
    }

    /** The network a rate limit counts against: the /24 of an IPv4 address, the /64 of an IPv6 one. */
    public static String network(InetAddress address) {
        byte[] b = address.getAddress();
        if (b.length == 4) {
            return (b[0] & 0xff) + "." + (b[1] & 0xff) + "." + (b[2] & 0xff) + ".0/24";
        }
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 8; i += 2) {
            s.append(Integer.toHexString(((b[i] & 0xff) << 8) | (b[i + 1] & 0xff))).append(':');
        }
        return s.append(":/64").toString();
    }
}
