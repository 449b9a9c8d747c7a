package org.auditbench.core.tests;

import static org.junit.Assert.assertEquals;

import java.util.List;

import org.auditbench.core.scan.ScanDelta;
import org.auditbench.model.CheckStatus;
import org.auditbench.model.DomainScan;
import org.auditbench.model.MailServer;
import org.auditbench.model.MailServerKind;
import org.auditbench.model.MxKind;
import org.auditbench.model.NetAddress;
import org.auditbench.model.Observation;
import org.auditbench.model.PortState;
import org.auditbench.model.PortStatus;
import org.auditbench.model.Provider;
import org.auditbench.model.ScanRun;
import org.junit.Test;

/** What changed between the Phase 1 run and a follow-up run, per domain. */
public class ScanDeltaTest {

    @Test
    public void unchangedRunsHaveNoDelta() {
        assertEquals(List.of(), ScanDelta.between(run(false), run(false)));
    }

    @Test
    public void migrationToMicrosoft365ShowsInEveryAspect() {
        ScanRun before = run(false);
        ScanRun after = run(true);
        List<String> changes = ScanDelta.between(before, after).stream().map(Object::toString).toList();
        assertEquals(List.of(
                "gone.example DOMAIN: scanned -> -",
                "pfarrei.example MAIL_SERVER mail.pfarrei.example: preference 10 -> -",
                "pfarrei.example MAIL_SERVER pfarrei-example.mail.protection.outlook.com: - -> preference 0",
                "pfarrei.example ADDRESS 192.0.2.10: mail.pfarrei.example -> -",
                "pfarrei.example ADDRESS 198.51.100.7: - -> pfarrei-example.mail.protection.outlook.com",
                "pfarrei.example PROVIDER 192.0.2.10: Stadtwerke Net (AS64500) -> -",
                "pfarrei.example PROVIDER 198.51.100.7: - -> Microsoft Corporation (AS8075)",
                "pfarrei.example OPEN_PORT 192.0.2.10:25: open -> -",
                "pfarrei.example OPEN_PORT 192.0.2.10:443: open -> -",
                "pfarrei.example OPEN_PORT 198.51.100.7:25: - -> open",
                "pfarrei.example CLASSIFICATION 192.0.2.10: EXCHANGE_ONPREM -> -",
                "pfarrei.example CLASSIFICATION 198.51.100.7: - -> MICROSOFT_365",
                "pfarrei.example CHECK_STATUS cve-2021-26855 @ mail.pfarrei.example: VULNERABLE -> NOT_APPLICABLE",
                "schule.example DOMAIN: - -> scanned"), changes);
    }

    private static ScanRun run(boolean migrated) {
        ScanRun run = Fixtures.F.createScanRun();
        DomainScan pfarrei = Fixtures.F.createDomainScan();
        pfarrei.setDomainName("pfarrei.example");
        pfarrei.setMxKind(MxKind.MX);
        if (migrated) {
            pfarrei.getMailServers().add(server("pfarrei-example.mail.protection.outlook.com", 0, "198.51.100.7",
                    provider(8075, "Microsoft Corporation"), MailServerKind.MICROSOFT_365, 25));
        } else {
            pfarrei.getMailServers().add(server("mail.pfarrei.example", 10, "192.0.2.10", provider(64500, "Stadtwerke Net"),
                    MailServerKind.EXCHANGE_ONPREM, 25, 443));
        }
        Observation probe = Fixtures.F.createObservation();
        probe.setCheckId("cve-2021-26855");
        probe.setTarget("mail.pfarrei.example");
        probe.setStatus(migrated ? CheckStatus.NOT_APPLICABLE : CheckStatus.VULNERABLE);
        pfarrei.getObservations().add(probe);
        run.getDomainScans().add(pfarrei);
        DomainScan other = Fixtures.F.createDomainScan();
        other.setDomainName(migrated ? "schule.example" : "gone.example");
        run.getDomainScans().add(other);
        return run;
    }

    private static MailServer server(String host, int preference, String ip, Provider provider, MailServerKind kind, int... open) {
        MailServer server = Fixtures.F.createMailServer();
        server.setHost(host);
        server.setPreference(preference);
        NetAddress address = Fixtures.F.createNetAddress();
        address.setIp(ip);
        address.setProvider(provider);
        address.setServerKind(kind);
        for (int port : open) {
            PortState state = Fixtures.F.createPortState();
            state.setPort(port);
            state.setState(PortStatus.OPEN);
            address.getPorts().add(state);
        }
        PortState closed = Fixtures.F.createPortState();
        closed.setPort(587);
        closed.setState(PortStatus.FILTERED);
        address.getPorts().add(closed);
        server.getAddresses().add(address);
        return server;
    }

    private static Provider provider(long as, String organisation) {
        Provider provider = Fixtures.F.createProvider();
        provider.setAsNumber(as);
        provider.setOrganisation(organisation);
        return provider;
    }
}
