package org.auditbench.core.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Locale;

import org.auditbench.core.CampaignTemplate.Finding;
import org.auditbench.core.letters.LetterFileName;
import org.auditbench.core.letters.Phase1Result;
import org.auditbench.model.AuditCase;
import org.auditbench.model.AuditFactory;
import org.auditbench.model.CheckStatus;
import org.auditbench.model.DomainScan;
import org.auditbench.model.Institution;
import org.auditbench.model.LetterKind;
import org.auditbench.model.MailServer;
import org.auditbench.model.MailServerKind;
import org.auditbench.model.MxKind;
import org.auditbench.model.NetAddress;
import org.auditbench.model.Observation;
import org.junit.Test;

/** Which Phase 1 results a letter may be written on, the finding it speaks to, and the letter's file name. */
public class Phase1ResultTest {

    private static final String CHECK = "CVE-2021-26855";

    @Test
    public void aVulnerableOwnExchangeComesBeforeEverythingElse() {
        DomainScan cloud = scan("a.example", MxKind.MX, "a-example.mail.protection.outlook.com", MailServerKind.MICROSOFT_365, null);
        DomainScan own = scan("b.example", MxKind.MX, "mail.b.example", MailServerKind.EXCHANGE_ONPREM, CheckStatus.VULNERABLE);
        Phase1Result result = Phase1Result.of(List.of(cloud, own), CHECK);
        assertTrue(result.usable());
        assertEquals(Finding.EXCHANGE_VULNERABLE, result.finding());
        assertEquals(Finding.MICROSOFT_365, Phase1Result.of(List.of(cloud), CHECK).finding());
        assertEquals(Finding.EXCHANGE, Phase1Result.of(List.of(
                scan("c.example", MxKind.MX, "mail.c.example", MailServerKind.EXCHANGE_ONPREM, CheckStatus.NOT_VULNERABLE)), CHECK).finding());
        assertEquals(Finding.NO_EXCHANGE_SEEN, Phase1Result.of(List.of(
                scan("d.example", MxKind.MX, "mx.d.example", MailServerKind.POSTFIX, CheckStatus.NOT_APPLICABLE)), CHECK).finding());
    }

    @Test
    public void noUsableResultWithoutAddressesOrMailServersOrAnyScan() {
        DomainScan dangling = scan("e.example", MxKind.MX, "mx.e.example", null, null);
        Phase1Result result = Phase1Result.of(List.of(dangling), CHECK);
        assertFalse(result.usable());
        assertEquals("mail server mx.e.example of e.example has no address", result.problems().get(0).in(Locale.ENGLISH));
        assertEquals("Mailserver mx.e.example von e.example hat keine Adresse", result.problems().get(0).in(Locale.GERMAN));
        assertEquals("f.example accepts no mail (null MX)",
                Phase1Result.of(List.of(scan("f.example", MxKind.NULL_MX, null, null, null)), CHECK).problems().get(0).in(Locale.ENGLISH));
        assertEquals("the mail server lookup of g.example failed; scan again",
                Phase1Result.of(List.of(scan("g.example", MxKind.LOOKUP_FAILED, null, null, null)), CHECK).problems().get(0).in(Locale.ENGLISH));
        assertFalse(Phase1Result.of(List.of(scan("h.example", MxKind.NONE, null, null, null)), CHECK).usable());
        assertFalse(Phase1Result.of(List.of(), CHECK).usable());
    }

    @Test
    public void aDomainThatAcceptsNoMailIsLeftOutWhenAnotherDoes() {
        DomainScan alias = scan("alias.example", MxKind.NULL_MX, null, null, null);
        DomainScan main = scan("main.example", MxKind.MX, "mx.main.example", MailServerKind.POSTFIX, null);
        Phase1Result result = Phase1Result.of(List.of(alias, main), CHECK);
        assertTrue(result.usable());
        assertEquals(List.of(main), result.reported());
    }

    @Test
    public void fileNamesSpellOutUmlautsAndFallBackToTheCaseNumber() {
        Institution institution = AuditFactory.eINSTANCE.createInstitution();
        institution.setName("Bischöfliche Schule Große Straße, Köln");
        institution.setFileNumber("Az. 12/2021");
        AuditCase auditCase = AuditFactory.eINSTANCE.createAuditCase();
        auditCase.setId(7);
        auditCase.setInstitution(institution);
        assertEquals("Az-12-2021_Bischoefliche-Schule-Grosse-Strasse-Koeln.pdf", LetterFileName.of(auditCase, LetterKind.REQUEST, "pdf"));
        institution.setFileNumber(null);
        assertEquals("Fall-7_Bischoefliche-Schule-Grosse-Strasse-Koeln_Erinnerung.docx",
                LetterFileName.of(auditCase, LetterKind.REMINDER, "docx"));
    }

    private static DomainScan scan(String domain, MxKind mxKind, String host, MailServerKind kind, CheckStatus verdict) {
        DomainScan scan = AuditFactory.eINSTANCE.createDomainScan();
        scan.setDomainName(domain);
        scan.setMxKind(mxKind);
        if (host != null) {
            MailServer server = AuditFactory.eINSTANCE.createMailServer();
            server.setHost(host);
            scan.getMailServers().add(server);
            if (kind != null) {
                NetAddress address = AuditFactory.eINSTANCE.createNetAddress();
                address.setIp("192.0.2.7");
                address.setServerKind(kind);
                server.getAddresses().add(address);
            }
        }
        if (verdict != null) {
            Observation observation = AuditFactory.eINSTANCE.createObservation();
            observation.setCheckId(CHECK);
            observation.setTarget(host + " 192.0.2.7");
            observation.setStatus(verdict);
            scan.getObservations().add(observation);
        }
        return scan;
    }
}
