package org.auditbench.testing.peers;

import java.util.ArrayList;
import java.util.List;

/**
 * A DNS zone as a zone file: SOA and NS are written for you, records are added as zone-file lines
 * relative to the origin ("@ MX 10 mx1", "mx1 A 127.0.10.5").
 */
public final class Zone {

    private final String origin;
    private final List<String> records = new ArrayList<>();
    private DnssecKeys keys;

    public Zone(String origin) {
        this.origin = origin.endsWith(".") ? origin.substring(0, origin.length() - 1) : origin;
    }

    public String origin() {
        return origin;
    }

    /** NSD serves the zone signed with these keys. */
    public Zone signedWith(DnssecKeys signingKeys) {
        this.keys = signingKeys;
        return this;
    }

    DnssecKeys keys() {
        return keys;
    }

    public Zone add(String record) {
        records.add(record);
        return this;
    }

    /** Team Cymru's origin record for an IPv4 address: "ASNs | prefix | CC | registry | date". */
    public Zone asnOrigin(String ipv4, String asNumbers, String prefix, String country) {
        String[] octets = ipv4.split("\\.");
        return add(octets[3] + "." + octets[2] + "." + octets[1] + "." + octets[0] + ".origin TXT \"" + asNumbers + " | " + prefix
                + " | " + country + " | ripencc | 2020-01-01\"");
    }

    /** Team Cymru's AS record: "n | CC | registry | date | NAME - Organisation, CC". */
    public Zone asnName(long asNumber, String country, String handle, String organisation) {
        return add("AS" + asNumber + " TXT \"" + asNumber + " | " + country + " | ripencc | 2001-01-01 | " + handle + " - " + organisation
                + ", " + country + "\"");
    }

    String text(String nameServerIp) {
        StringBuilder s = new StringBuilder();
        s.append("$ORIGIN ").append(origin).append(".\n$TTL 300\n");
        s.append("@ IN SOA ns.").append(origin).append(". hostmaster.").append(origin).append(". 1 3600 600 86400 300\n");
        s.append("@ IN NS ns.").append(origin).append(".\n");
        s.append("ns IN A ").append(nameServerIp).append('\n');
        for (String record : records) {
            s.append(record).append('\n');
        }
        return s.toString();
    }
}
