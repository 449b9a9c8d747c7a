package org.auditbench.scan.bench.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.auditbench.model.MailServerKind;
import org.auditbench.testing.peers.Nsd;
import org.auditbench.testing.peers.PeerGroup;
import org.auditbench.testing.peers.Postfix;
import org.auditbench.testing.peers.SmtpBehaviour;
import org.auditbench.testing.peers.SmtpPeer;
import org.auditbench.testing.peers.TlsMaterial;
import org.auditbench.testing.peers.Zone;

/**
 * N fictional institutions {@code instNNNN.bench.test}, each with its mail server on its own address
 * in 127.0.16.0/22 on port 25: a mix of own Exchange servers, Microsoft 365, Google, Exim, Postfix (a
 * real instance) and servers of no known make; NSD on 127.0.15.53 names them and answers the
 * IP-to-ASN stand-in zone {@code asn.bench.test}.
 */
final class BenchInstitutions implements AutoCloseable {

    static final String ASN_ZONE = "asn.bench.test";

    record Institution(String domain, String mxHost, String ip, MailServerKind kind) {
    }

    private final PeerGroup peers = PeerGroup.inTempFolder("bench-scan");
    final List<Institution> institutions = new ArrayList<>();
    final Nsd nsd;

    BenchInstitutions(int count) throws IOException {
        Path dir = peers.folder();
        try {
            TlsMaterial tls = TlsMaterial.create(dir.resolve("tls"), "*.bench.test");
            List<String> postfixAddresses = new ArrayList<>();
            Zone zone = new Zone("bench.test");
            Zone asn = new Zone(ASN_ZONE).asnName(64510, "DE", "BENCH-NET", "Bench Networks GmbH");
            for (int i = 1; i <= count; i++) {
                String name = String.format("inst%04d", i);
                String ip = "127.0." + (16 + (i - 1) / 250) + "." + ((i - 1) % 250 + 1);
                String mx = "mx." + name + ".bench.test";
                MailServerKind kind = switch (i % 10) {
                    case 0 -> MailServerKind.POSTFIX;
                    case 1, 2, 3, 4 -> MailServerKind.EXCHANGE_ONPREM;
                    case 5, 6 -> MailServerKind.MICROSOFT_365;
                    case 7 -> MailServerKind.GOOGLE;
                    case 8 -> MailServerKind.EXIM;
                    default -> MailServerKind.OTHER;
                };
                if (kind == MailServerKind.POSTFIX) {
                    postfixAddresses.add(ip);
                } else {
                    peers.add(SmtpPeer.start(ip, 25, behaviour(kind, mx), tls));
                }
                zone.add(name + " MX 10 mx." + name).add("mx." + name + " A " + ip)
                        .add(name + " TXT \"v=spf1 ip4:" + ip + " -all\"").add("_dmarc." + name + " TXT \"v=DMARC1; p=quarantine\"");
                asn.asnOrigin(ip, "64510", "127.0.16.0/22", "DE");
                institutions.add(new Institution(name + ".bench.test", mx, ip, kind));
            }
            if (!postfixAddresses.isEmpty()) {
                peers.add(Postfix.start(dir.resolve("postfix"), "mx.postfix.bench.test", postfixAddresses, tls));
            }
            nsd = Nsd.start(dir.resolve("nsd"), "127.0.15.53", List.of(zone, asn));
            peers.add(nsd);
        } catch (IOException | RuntimeException e) {
            close();
            throw e;
        }
    }

    private static SmtpBehaviour behaviour(MailServerKind kind, String mx) {
        return switch (kind) {
            case EXCHANGE_ONPREM -> SmtpBehaviour.exchangeOnPrem(mx);
            // Exchange Online answers with its own host name in the greeting
            case MICROSOFT_365 -> SmtpBehaviour.microsoft365(mx.replace('.', '-') + ".mail.protection.outlook.com");
            case GOOGLE -> SmtpBehaviour.google();
            case EXIM -> SmtpBehaviour.exim(mx);
            default -> SmtpBehaviour.multiLineOther(mx);
        };
    }

    List<String> addresses() {
        return institutions.stream().map(Institution::ip).toList();
    }

    @Override
    public void close() {
        peers.close();
    }
}
