package org.auditbench.scan.net.tests;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.auditbench.testing.peers.BlockedPort;
import org.auditbench.testing.peers.Nsd;
import org.auditbench.testing.peers.PeerGroup;
import org.auditbench.testing.peers.Postfix;
import org.auditbench.testing.peers.SmtpBehaviour;
import org.auditbench.testing.peers.SmtpPeer;
import org.auditbench.testing.peers.TlsMaterial;
import org.auditbench.testing.peers.Zone;

/**
 * Fictional institutions, each with its mail server on its own 127.0.12.x address (standard ports),
 * and the NSD that names them. One domain per kind of mail server and per kind of hostile peer.
 */
final class MailServersOnLoopback implements AutoCloseable {

    /** What the tests expect per domain: the MX host, its address, the classification. */
    record Institution(String domain, String mxHost, String ip) {
    }

    static final Duration GREETING_DELAY = Duration.ofMillis(2500);

    static final Institution EXCHANGE = new Institution("stadtwerke-ost.test", "mail.stadtwerke-ost.test", "127.0.12.1");
    static final Institution EXCHANGE_CUSTOM = new Institution("kreis-sued.test", "smtp.kreis-sued.test", "127.0.12.2");
    static final Institution M365 = new Institution("schule-west.test", "schule-west-test.mail.protection.outlook.com", "127.0.12.3");
    static final Institution GOOGLE = new Institution("verein-nord.test", "mx.verein-nord.test", "127.0.12.4");
    static final Institution POSTFIX = new Institution("pfarrei-mitte.test", "mx.pfarrei-mitte.test", "127.0.12.5");
    static final Institution EXIM = new Institution("klinik-am-see.test", "mail.klinik-am-see.test", "127.0.12.6");
    static final Institution GATEWAY = new Institution("landesamt.test", "mx1.landesamt.pphosted.test", "127.0.12.7");
    static final Institution OTHER = new Institution("kita-sonnenschein.test", "mail.kita-sonnenschein.test", "127.0.12.8");
    static final Institution SILENT = new Institution("stumm.test", "mx.stumm.test", "127.0.12.9");
    static final Institution LATE = new Institution("spaet.test", "mx.spaet.test", "127.0.12.10");
    static final Institution ENDLESS = new Institution("endlos.test", "mx.endlos.test", "127.0.12.11");
    static final Institution GARBAGE = new Institution("muell.test", "mx.muell.test", "127.0.12.12");
    static final Institution BROKEN_TLS = new Institution("kaputt.test", "mx.kaputt.test", "127.0.12.13");
    static final Institution CLOSED = new Institution("zu.test", "mx.zu.test", "127.0.12.14");
    static final Institution BLOCKED = new Institution("gesperrt.test", "mx.gesperrt.test", "127.0.12.15");
    static final Institution IPV6 = new Institution("sechs.test", "mx.sechs.test", "::1");
    static final Institution GREYLIST_GREETING = new Institution("grau.test", "mx.grau.test", "127.0.12.16");
    static final Institution GREYLIST_EHLO = new Institution("graue-liste.test", "mx.graue-liste.test", "127.0.12.17");
    static final Institution HANG_UP = new Institution("aufgelegt.test", "mx.aufgelegt.test", "127.0.12.18");
    static final Institution GREYLIST_ONCE = new Institution("einmal-grau.test", "mx.einmal-grau.test", "127.0.12.19");

    static final List<Institution> ALL = List.of(EXCHANGE, EXCHANGE_CUSTOM, M365, GOOGLE, POSTFIX, EXIM, GATEWAY, OTHER, SILENT, LATE,
            ENDLESS, GARBAGE, BROKEN_TLS, CLOSED, BLOCKED, IPV6, GREYLIST_GREETING, GREYLIST_EHLO, HANG_UP, GREYLIST_ONCE);

    private final PeerGroup peers = PeerGroup.inTempFolder("net-checks");
    final Nsd nsd;

    MailServersOnLoopback() throws IOException {
        Path dir = peers.folder();
        try {
            TlsMaterial tls = TlsMaterial.create(dir.resolve("tls"), EXCHANGE.mxHost(), M365.mxHost(), "*.verein-nord.test",
                    POSTFIX.mxHost(), EXIM.mxHost(), GREYLIST_ONCE.mxHost());
            smtp(EXCHANGE, SmtpBehaviour.exchangeOnPrem(EXCHANGE.mxHost()), tls);
            smtp(EXCHANGE_CUSTOM, SmtpBehaviour.exchangeCustomBanner(EXCHANGE_CUSTOM.mxHost()), tls);
            smtp(M365, SmtpBehaviour.microsoft365(M365.mxHost()), tls);
            smtp(GOOGLE, SmtpBehaviour.google(), tls);
            smtp(EXIM, SmtpBehaviour.exim(EXIM.mxHost()), tls);
            smtp(GATEWAY, SmtpBehaviour.multiLineOther(GATEWAY.mxHost()), null);
            smtp(OTHER, SmtpBehaviour.multiLineOther(OTHER.mxHost()), null);
            smtp(SILENT, SmtpBehaviour.silent(), null);
            smtp(LATE, SmtpBehaviour.lateGreeting(LATE.mxHost(), GREETING_DELAY), null);
            smtp(ENDLESS, SmtpBehaviour.endlessLines(ENDLESS.mxHost()), null);
            smtp(GARBAGE, SmtpBehaviour.garbage(), null);
            smtp(BROKEN_TLS, SmtpBehaviour.brokenTls(BROKEN_TLS.mxHost()), null);
            smtp(IPV6, SmtpBehaviour.exim(IPV6.mxHost()), tls);
            smtp(GREYLIST_GREETING, SmtpBehaviour.refusing(GREYLIST_GREETING.mxHost(), SmtpBehaviour.Mode.TEMPORARY_GREETING), tls);
            smtp(GREYLIST_EHLO, SmtpBehaviour.refusing(GREYLIST_EHLO.mxHost(), SmtpBehaviour.Mode.TEMPORARY_EHLO), tls);
            smtp(HANG_UP, SmtpBehaviour.refusing(HANG_UP.mxHost(), SmtpBehaviour.Mode.HANG_UP_AT_EHLO), tls);
            smtp(GREYLIST_ONCE, SmtpBehaviour.refusing(GREYLIST_ONCE.mxHost(), SmtpBehaviour.Mode.GREYLIST_FIRST), tls);
            peers.add(BlockedPort.open(BLOCKED.ip(), 25));
            peers.add(openPort(EXCHANGE.ip(), 443));
            peers.add(Postfix.start(dir.resolve("postfix"), POSTFIX.mxHost(), List.of(POSTFIX.ip()), tls));
            List<Zone> zones = new ArrayList<>();
            Zone outlook = new Zone("mail.protection.outlook.com");
            Zone pphosted = new Zone("pphosted.test");
            for (Institution institution : ALL) {
                Zone zone = new Zone(institution.domain()).add("@ MX 10 " + institution.mxHost() + ".");
                Zone home = institution.mxHost().endsWith(outlook.origin()) ? outlook
                        : institution.mxHost().endsWith(pphosted.origin()) ? pphosted : zone;
                String relative = institution.mxHost().substring(0, institution.mxHost().length() - home.origin().length() - 1);
                home.add(relative + (institution.ip().contains(":") ? " AAAA " : " A ") + institution.ip());
                zones.add(zone);
            }
            zones.add(outlook);
            zones.add(pphosted);
            nsd = Nsd.start(dir.resolve("nsd"), "127.0.12.53", zones);
            peers.add(nsd);
        } catch (IOException | RuntimeException e) {
            close();
            throw e;
        }
    }

    private void smtp(Institution institution, SmtpBehaviour behaviour, TlsMaterial tls) throws IOException {
        peers.add(SmtpPeer.start(institution.ip(), 25, behaviour, tls));
    }

    /** A plain listener that accepts and hangs up (an open port of no interest). */
    private static AutoCloseable openPort(String ip, int port) throws IOException {
        ServerSocket server = new ServerSocket();
        server.setReuseAddress(true);
        server.bind(new InetSocketAddress(InetAddress.getByName(ip), port));
        Thread.ofVirtual().start(() -> {
            while (!server.isClosed()) {
                try {
                    server.accept().close();
                } catch (IOException e) {
                    return;
                }
            }
        });
        return server;
    }

    @Override
    public void close() {
        peers.close();
    }
}
