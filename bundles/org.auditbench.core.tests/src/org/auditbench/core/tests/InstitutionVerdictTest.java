package org.auditbench.core.tests;

import static org.junit.Assert.assertEquals;

import java.util.List;

import org.auditbench.core.scan.InstitutionVerdict;
import org.auditbench.model.AuditFactory;
import org.auditbench.model.CheckStatus;
import org.auditbench.model.DomainScan;
import org.auditbench.model.MailServer;
import org.auditbench.model.MailServerKind;
import org.auditbench.model.NetAddress;
import org.auditbench.model.Observation;
import org.junit.Test;

/** The institution's Phase 1 result in one word, from its latest domain scans: the gravest finding decides. */
public class InstitutionVerdictTest {

    private static final AuditFactory F = AuditFactory.eINSTANCE;

    @Test
    public void noScanIsNotChecked() {
        assertEquals(InstitutionVerdict.NOT_CHECKED, InstitutionVerdict.of(List.of()));
    }

    @Test
    public void oneHoleMakesTheInstitutionVulnerableWhateverElseWasFound() {
        assertEquals(InstitutionVerdict.VULNERABLE, InstitutionVerdict.of(List.of(
                scan(MailServerKind.EXCHANGE_ONPREM, CheckStatus.NOT_VULNERABLE, CheckStatus.OUT_OF_SUPPORT),
                scan(MailServerKind.EXCHANGE_ONPREM, CheckStatus.VULNERABLE))));
    }

    @Test
    public void anOldExchangeIsOutOfSupport() {
        assertEquals(InstitutionVerdict.OUT_OF_SUPPORT,
                InstitutionVerdict.of(List.of(scan(MailServerKind.EXCHANGE_ONPREM, CheckStatus.NOT_VULNERABLE, CheckStatus.OUT_OF_SUPPORT))));
    }

    @Test
    public void patchedOnlyWithoutDoubt() {
        assertEquals(InstitutionVerdict.PATCHED,
                InstitutionVerdict.of(List.of(scan(MailServerKind.EXCHANGE_ONPREM, CheckStatus.NOT_VULNERABLE, CheckStatus.INFO))));
        assertEquals(InstitutionVerdict.UNDETERMINED,
                InstitutionVerdict.of(List.of(scan(MailServerKind.EXCHANGE_ONPREM, CheckStatus.NOT_VULNERABLE, CheckStatus.UNDETERMINED))));
        assertEquals("an Exchange without any verdict", InstitutionVerdict.UNDETERMINED,
                InstitutionVerdict.of(List.of(scan(MailServerKind.EXCHANGE_ONPREM, CheckStatus.INFO))));
    }

    @Test
    public void mailAtMicrosoftOrAnotherServer() {
        assertEquals(InstitutionVerdict.MICROSOFT_365, InstitutionVerdict.of(List.of(scan(MailServerKind.MICROSOFT_365, CheckStatus.INFO))));
        assertEquals(InstitutionVerdict.NO_EXCHANGE, InstitutionVerdict.of(List.of(scan(MailServerKind.POSTFIX))));
        assertEquals("no server answered", InstitutionVerdict.UNDETERMINED,
                InstitutionVerdict.of(List.of(scan(MailServerKind.NO_ANSWER), scan(MailServerKind.UNKNOWN))));
    }

    private static DomainScan scan(MailServerKind kind, CheckStatus... findings) {
        DomainScan scan = F.createDomainScan();
        scan.setDomainName("st-marien.example");
        MailServer server = F.createMailServer();
        server.setHost("mail.st-marien.example");
        NetAddress address = F.createNetAddress();
        address.setIp("192.0.2.25");
        address.setServerKind(kind);
        server.getAddresses().add(address);
        scan.getMailServers().add(server);
        for (CheckStatus status : findings) {
            Observation observation = F.createObservation();
            observation.setCheckId("exchange-web");
            observation.setTarget("192.0.2.25");
            observation.setStatus(status);
            scan.getObservations().add(observation);
        }
        return scan;
    }
}
