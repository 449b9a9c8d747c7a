package org.auditbench.core.tests;

import static org.junit.Assert.assertEquals;

import java.util.List;

import org.auditbench.core.scan.InstitutionDelta;
import org.auditbench.core.scan.InstitutionVerdict;
import org.auditbench.core.scan.Trend;
import org.auditbench.model.AuditFactory;
import org.auditbench.model.CheckStatus;
import org.auditbench.model.DomainScan;
import org.auditbench.model.Institution;
import org.auditbench.model.MailServer;
import org.auditbench.model.MailServerKind;
import org.auditbench.model.NetAddress;
import org.auditbench.model.Observation;
import org.auditbench.model.ScanRun;
import org.junit.Test;

/** Per institution what changed between two runs, and whether its Phase 1 result got better or worse. */
public class InstitutionDeltaTest {

    private static final AuditFactory F = AuditFactory.eINSTANCE;

    private final Institution rathaus = institution(1, "Rathaus Xanten");
    private final Institution schule = institution(2, "Schule Ahlen");
    private final Institution kita = institution(3, "Kita Bonn");
    private final Institution pfarrei = institution(4, "Pfarrei Anholt");

    @Test
    public void verdictsDecideImprovedAndRegressedOtherChangesAreJustChanged() {
        ScanRun earlier = run(scan(rathaus, "192.0.2.1", MailServerKind.EXCHANGE_ONPREM, CheckStatus.VULNERABLE),
                scan(schule, "192.0.2.2", MailServerKind.EXCHANGE_ONPREM, CheckStatus.NOT_VULNERABLE),
                scan(kita, "192.0.2.3", MailServerKind.POSTFIX, CheckStatus.NOT_APPLICABLE),
                scan(pfarrei, "192.0.2.4", MailServerKind.MICROSOFT_365, CheckStatus.NOT_APPLICABLE));
        ScanRun later = run(scan(rathaus, "192.0.2.1", MailServerKind.EXCHANGE_ONPREM, CheckStatus.NOT_VULNERABLE),
                scan(schule, "192.0.2.2", MailServerKind.EXCHANGE_ONPREM, CheckStatus.VULNERABLE),
                scan(kita, "192.0.2.33", MailServerKind.POSTFIX, CheckStatus.NOT_APPLICABLE),
                scan(pfarrei, "192.0.2.4", MailServerKind.MICROSOFT_365, CheckStatus.NOT_APPLICABLE));
        List<InstitutionDelta> deltas = InstitutionDelta.between(earlier, later);
        assertEquals("by name", List.of("Kita Bonn", "Pfarrei Anholt", "Rathaus Xanten", "Schule Ahlen"),
                deltas.stream().map(d -> d.institution().getName()).toList());
        assertEquals(List.of(Trend.CHANGED, Trend.UNCHANGED, Trend.IMPROVED, Trend.REGRESSED),
                deltas.stream().map(InstitutionDelta::trend).toList());
        InstitutionDelta rathausDelta = deltas.get(2);
        assertEquals(InstitutionVerdict.VULNERABLE, rathausDelta.before());
        assertEquals(InstitutionVerdict.PATCHED, rathausDelta.after());
        assertEquals(List.of("rathaus-xanten.example CHECK_STATUS CVE-2021-26855 @ mail.rathaus-xanten.example: VULNERABLE -> NOT_VULNERABLE"),
                rathausDelta.changes().stream().map(Object::toString).toList());
        assertEquals(List.of(), deltas.get(1).changes());
    }

    @Test
    public void anInstitutionInOnlyOneRunChangedButIsNeitherBetterNorWorse() {
        List<InstitutionDelta> deltas = InstitutionDelta.between(run(),
                run(scan(kita, "192.0.2.3", MailServerKind.EXCHANGE_ONPREM, CheckStatus.VULNERABLE)));
        assertEquals(1, deltas.size());
        assertEquals(InstitutionVerdict.NOT_CHECKED, deltas.get(0).before());
        assertEquals(Trend.CHANGED, deltas.get(0).trend());
        assertEquals("kita-bonn.example DOMAIN: - -> scanned", deltas.get(0).changes().get(0).toString());
    }

    private static ScanRun run(DomainScan... scans) {
        ScanRun run = F.createScanRun();
        run.getDomainScans().addAll(List.of(scans));
        return run;
    }

    private static DomainScan scan(Institution institution, String ip, MailServerKind kind, CheckStatus cve) {
        DomainScan scan = F.createDomainScan();
        scan.setInstitution(institution);
        String domain = institution.getName().toLowerCase(java.util.Locale.ROOT).replace(' ', '-') + ".example";
        scan.setDomainName(domain);
        MailServer server = F.createMailServer();
        server.setHost("mail." + domain);
        NetAddress address = F.createNetAddress();
        address.setIp(ip);
        address.setServerKind(kind);
        server.getAddresses().add(address);
        scan.getMailServers().add(server);
        Observation observation = F.createObservation();
        observation.setCheckId("CVE-2021-26855");
        observation.setTarget(server.getHost());
        observation.setStatus(cve);
        scan.getObservations().add(observation);
        return scan;
    }

    private static Institution institution(long id, String name) {
        Institution institution = F.createInstitution();
        institution.setId(id);
        institution.setName(name);
        return institution;
    }
}
