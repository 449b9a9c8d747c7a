package org.auditbench.scan.tests;

import static org.junit.Assert.assertEquals;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;

import org.auditbench.scan.internal.AddressRanges;
import org.auditbench.scan.internal.AddressRanges.Access;
import org.junit.Test;

/**
 * The scope guard's address rules over a table, both ways: what is public, what only {@code
 * --allow-private} opens (loopback, RFC 1918, unique local) and what stays refused always, including
 * IPv6 addresses that carry an IPv4 address (mapped, compatible, NAT64, 6to4, Teredo).
 */
public class ScopeRulesTest {

    private static final Object[][] TABLE = {
            // public
            { "8.8.8.8", Access.PUBLIC, "public" },
            { "192.0.3.1", Access.PUBLIC, "public" },
            { "172.32.0.1", Access.PUBLIC, "public" },
            { "169.253.255.255", Access.PUBLIC, "public" },
            { "2a00:1450:4001:80b::200e", Access.PUBLIC, "public" },
            { "64:ff9b::808:808", Access.PUBLIC, "public" },
            { "2002:808:808::1", Access.PUBLIC, "public" },
            // Teredo: server 65.54.227.120, client 8.8.8.8 (inverted f7f7:f7f7)
            { "2001:0:4136:e378:8000:63bf:f7f7:f7f7", Access.PUBLIC, "public" },
            // opened by --allow-private only
            { "127.0.0.1", Access.PRIVATE, "loopback" },
            { "127.0.13.1", Access.PRIVATE, "loopback" },
            { "10.1.2.3", Access.PRIVATE, "private" },
            { "172.16.0.1", Access.PRIVATE, "private" },
            { "172.31.255.254", Access.PRIVATE, "private" },
            { "192.168.1.1", Access.PRIVATE, "private" },
            { "::1", Access.PRIVATE, "loopback" },
            { "fd12:3456::1", Access.PRIVATE, "private (unique local)" },
            { "fc00::1", Access.PRIVATE, "private (unique local)" },
            // never
            { "0.0.0.0", Access.NEVER, "this network" },
            { "0.1.2.3", Access.NEVER, "this network" },
            { "169.254.169.254", Access.NEVER, "link-local (cloud metadata)" },
            { "169.254.1.1", Access.NEVER, "link-local" },
            { "100.64.0.1", Access.NEVER, "shared (carrier-grade NAT)" },
            { "192.0.0.8", Access.NEVER, "IETF protocol assignments" },
            { "192.0.2.1", Access.NEVER, "documentation" },
            { "198.51.100.7", Access.NEVER, "documentation" },
            { "203.0.113.9", Access.NEVER, "documentation" },
            { "198.18.0.1", Access.NEVER, "benchmarking" },
            { "192.88.99.1", Access.NEVER, "6to4 relay anycast" },
            { "224.0.0.251", Access.NEVER, "multicast" },
            { "239.255.255.250", Access.NEVER, "multicast" },
            { "255.255.255.255", Access.NEVER, "broadcast" },
            { "240.0.0.1", Access.NEVER, "reserved" },
            { "::", Access.NEVER, "unspecified" },
            { "fe80::1", Access.NEVER, "link-local" },
            { "febf::1", Access.NEVER, "link-local" },
            { "fec0::1", Access.NEVER, "site-local (deprecated)" },
            { "ff02::1", Access.NEVER, "multicast" },
            { "2001:db8::25", Access.NEVER, "documentation" },
            { "3fff::1", Access.NEVER, "documentation" },
            { "100::1", Access.NEVER, "discard-only" },
            { "2001:2::1", Access.NEVER, "benchmarking" },
            { "64:ff9b:1::a00:1", Access.NEVER, "local-use NAT64" },
            { "::2", Access.NEVER, "this network (0.0.0.2 embedded in IPv4-compatible (deprecated))" },
            { "::8.8.8.8", Access.NEVER, "IPv4-compatible (deprecated)" },
            { "::10.0.0.1", Access.NEVER, "private (10.0.0.1 embedded in IPv4-compatible (deprecated))" },
            { "1::1", Access.NEVER, "reserved" },
            // an IPv4 address carried in IPv6 is judged by itself: no relay may lead inside
            { "64:ff9b::a00:1", Access.NEVER, "private (10.0.0.1 embedded in NAT64)" },
            { "64:ff9b::7f00:1", Access.NEVER, "loopback (127.0.0.1 embedded in NAT64)" },
            { "64:ff9b::a9fe:a9fe", Access.NEVER, "link-local (cloud metadata) (169.254.169.254 embedded in NAT64)" },
            { "2002:c0a8:101::1", Access.NEVER, "private (192.168.1.1 embedded in 6to4)" },
            { "2002:7f00:1::", Access.NEVER, "loopback (127.0.0.1 embedded in 6to4)" },
            { "2002:a9fe:a9fe::", Access.NEVER, "link-local (cloud metadata) (169.254.169.254 embedded in 6to4)" },
            // Teredo with a private server, or with a client 10.0.0.1 (inverted f5ff:fffe) or 0.0.0.0 (inverted ffff:ffff)
            { "2001:0:a00:1::1", Access.NEVER, "private (10.0.0.1 embedded in Teredo)" },
            { "2001:0:4136:e378:8000:63bf:f5ff:fffe", Access.NEVER, "private (10.0.0.1 embedded in Teredo)" },
            { "2001:0:4136:e378:8000:63bf:ffff:ffff", Access.NEVER, "this network (0.0.0.0 embedded in Teredo)" },
    };

    @Test
    public void everyAddressOfTheTableIsJudgedAsItSays() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (Object[] row : TABLE) {
            AddressRanges.Range range = AddressRanges.of(InetAddress.getByName((String) row[0]));
            if (range.access() != row[1] || !range.name().equals(row[2])) {
                wrong.add(row[0] + ": " + range.access() + " " + range.name() + " (expected " + row[1] + " " + row[2] + ")");
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    public void ipv4MappedAddressesAreJudgedAsTheirIpv4Address() throws Exception {
        assertEquals(new AddressRanges.Range("loopback (IPv4-mapped)", Access.PRIVATE), AddressRanges.of(mapped(127, 0, 0, 1)));
        assertEquals(new AddressRanges.Range("link-local (cloud metadata) (IPv4-mapped)", Access.NEVER),
                AddressRanges.of(mapped(169, 254, 169, 254)));
        assertEquals(new AddressRanges.Range("this network (IPv4-mapped)", Access.NEVER), AddressRanges.of(mapped(0, 0, 0, 0)));
        assertEquals(Access.PUBLIC, AddressRanges.of(mapped(8, 8, 8, 8)).access());
    }

    /** ::ffff:a.b.c.d kept as IPv6 (InetAddress.getByName would turn it into IPv4 at once). */
    private static InetAddress mapped(int a, int b, int c, int d) throws Exception {
        byte[] bytes = new byte[16];
        bytes[10] = (byte) 0xff;
        bytes[11] = (byte) 0xff;
        bytes[12] = (byte) a;
        bytes[13] = (byte) b;
        bytes[14] = (byte) c;
        bytes[15] = (byte) d;
        return Inet6Address.getByAddress(null, bytes, -1);
    }
}
