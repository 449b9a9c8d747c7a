package org.auditbench.scan.dns.internal;

import java.util.List;

import org.xbill.DNS.Record;

/**
 * The records of one type that a name has (after following CNAMEs), or none.
 *
 * @param nameExists false for NXDOMAIN
 * @param records the matching records of the answer section
 * @param evidence the answer as text: "name TYPE rdata" per line, or the response code
 */
public record DnsAnswer(boolean nameExists, List<Record> records, String evidence) {

    public DnsAnswer {
        records = List.copyOf(records);
    }
}
