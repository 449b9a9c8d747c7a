package org.auditbench.scan.internal;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/**
 * The special-purpose address ranges (RFC 6890 and its successors) and what a scan may do with them:
 * loopback and private ranges (RFC 1918, unique local fc00::/7) only when the run allows private
 * addresses; link-local (with the cloud metadata address 169.254.169.254), "this network", multicast,
 * broadcast, documentation, benchmarking and reserved ranges never. IPv6 addresses that carry an IPv4
 * address (IPv4-mapped and -compatible, NAT64 64:ff9b::/96, 6to4 2002::/16, Teredo 2001::/32) are
 * judged by that IPv4 address: a translator or relay would deliver the connection there.
 */
public final class AddressRanges {

    /** What a scan may do with a range. */
    public enum Access {
        /** An ordinary internet address. */
        PUBLIC,
        /** Loopback or private: only when the run allows private addresses (tests, labs). */
        PRIVATE,
        /** Never, whatever the run allows. */
        NEVER
    }

    /** A range by its name in findings ("loopback", "link-local (cloud metadata)") and its access. */
    public record Range(String name, Access access) {
        static final Range PUBLIC = new Range("public", Access.PUBLIC);
    }

    private record Block(byte[] prefix, int bits, Range range) {
        boolean contains(byte[] address) {
            if (address.length != prefix.length) {
                return false;
            }
            for (int bit = 0; bit < bits; bit += 8) {
                int mask = bits - bit >= 8 ? 0xff : 0xff << (8 - (bits - bit)) & 0xff;
                if ((address[bit / 8] & mask) != (prefix[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }

    private static final Range PRIVATE = new Range("private", Access.PRIVATE);
    private static final Range LOOPBACK = new Range("loopback", Access.PRIVATE);

    /** First match wins: the more specific blocks come first. */
    private static final List<Block> BLOCKS = List.of(
            block("0.0.0.0", 8, "this network"),
            block("10.0.0.0", 8, PRIVATE),
            block("100.64.0.0", 10, "shared (carrier-grade NAT)"),
            block("127.0.0.0", 8, LOOPBACK),
            block("169.254.169.254", 32, "link-local (cloud metadata)"),
            block("169.254.0.0", 16, "link-local"),
            block("172.16.0.0", 12, PRIVATE),
            block("192.0.0.0", 24, "IETF protocol assignments"),
            block("192.0.2.0", 24, "documentation"),
            block("192.88.99.0", 24, "6to4 relay anycast"),
            block("192.168.0.0", 16, PRIVATE),
            block("198.18.0.0", 15, "benchmarking"),
            block("198.51.100.0", 24, "documentation"),
            block("203.0.113.0", 24, "documentation"),
            block("224.0.0.0", 4, "multicast"),
            block("255.255.255.255", 32, "broadcast"),
            block("240.0.0.0", 4, "reserved"),
            block("::", 128, "unspecified"),
            block("::1", 128, LOOPBACK),
            block("64:ff9b:1::", 48, "local-use NAT64"),
            block("100::", 64, "discard-only"),
            block("2001:2::", 48, "benchmarking"),
            block("2001:10::", 28, "ORCHID"),
            block("2001:20::", 28, "ORCHIDv2"),
            block("2001:db8::", 32, "documentation"),
            block("3fff::", 20, "documentation"),
            block("fc00::", 7, new Range("private (unique local)", Access.PRIVATE)),
            block("fe80::", 10, "link-local"),
            block("fec0::", 10, "site-local (deprecated)"),
            block("ff00::", 8, "multicast"));

    private static final Block MAPPED = block("::ffff:0:0", 96, "IPv4-mapped");
    private static final Block COMPATIBLE = block("::", 96, "IPv4-compatible (deprecated)");
    private static final Block NAT64 = block("64:ff9b::", 96, "NAT64");
    private static final Block SIX_TO_FOUR = block("2002::", 16, "6to4");
    private static final Block TEREDO = block("2001::", 32, "Teredo");
    private static final Block RESERVED_ZERO = block("::", 8, "reserved");

    private AddressRanges() {
    }

    /** The range of an address: {@link Range#PUBLIC} for an ordinary internet address. */
    public static Range of(InetAddress address) {
        byte[] b = address.getAddress();
        if (MAPPED.contains(b)) {
            Range inner = of(ipv4(b, 12, false));
            return inner.access() == Access.PUBLIC ? inner : new Range(inner.name() + " (IPv4-mapped)", inner.access());
        }
        for (Block block : BLOCKS) {
            if (block.contains(b)) {
                return block.range();
            }
        }
        if (COMPATIBLE.contains(b)) {
            return embedded(COMPATIBLE, ipv4(b, 12, false), COMPATIBLE.range());
        }
        if (NAT64.contains(b)) {
            return embedded(NAT64, ipv4(b, 12, false), Range.PUBLIC);
        }
        if (RESERVED_ZERO.contains(b)) {
            return RESERVED_ZERO.range();
        }
        if (SIX_TO_FOUR.contains(b)) {
            return embedded(SIX_TO_FOUR, ipv4(b, 2, false), Range.PUBLIC);
        }
        if (TEREDO.contains(b)) {
            // the Teredo server sits in bits 32-63, the client's address is the last 32 bits inverted
            Range server = embedded(TEREDO, ipv4(b, 4, false), Range.PUBLIC);
            return server.access() != Access.PUBLIC ? server : embedded(TEREDO, ipv4(b, 12, true), Range.PUBLIC);
        }
        return Range.PUBLIC;
    }

    /** A carrier's own range when its IPv4 address is public, else never: no relay may lead inside. */
    private static Range embedded(Block carrier, Inet4Address inner, Range otherwise) {
        Range range = of(inner);
        if (range.access() == Access.PUBLIC) {
            return otherwise;
        }
        return new Range(range.name() + " (" + inner.getHostAddress() + " embedded in " + carrier.range().name() + ")", Access.NEVER);
    }

    private static Inet4Address ipv4(byte[] b, int offset, boolean inverted) {
        byte[] v4 = new byte[4];
        for (int i = 0; i < 4; i++) {
            v4[i] = (byte) (inverted ? ~b[offset + i] : b[offset + i]);
        }
        try {
            return (Inet4Address) InetAddress.getByAddress(v4);
        } catch (UnknownHostException e) {
            throw new IllegalStateException("four bytes are always an IPv4 address", e);
        }
    }

    private static Block block(String prefix, int bits, String name) {
        return block(prefix, bits, new Range(name, Access.NEVER));
    }

    private static Block block(String prefix, int bits, Range range) {
        try {
            byte[] bytes = InetAddress.getByName(prefix).getAddress();
            if (prefix.contains(":") && bytes.length == 4) {
                // Java turns "::ffff:a.b.c.d" into IPv4 at once: the prefix is wanted as IPv6
                byte[] mapped = new byte[16];
                mapped[10] = (byte) 0xff;
                mapped[11] = (byte) 0xff;
                System.arraycopy(bytes, 0, mapped, 12, 4);
                bytes = mapped;
            }
            return new Block(bytes, bits, range);
        } catch (UnknownHostException e) {
            throw new IllegalStateException("not an address literal: " + prefix, e);
        }
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
