package org.auditbench.store.tests;

import java.nio.charset.StandardCharsets;
import java.util.Date;

import org.auditbench.model.Assessment;
import org.auditbench.model.AssessmentVerdict;
import org.auditbench.model.Attachment;
import org.auditbench.model.AuditCase;
import org.auditbench.model.AuditFactory;
import org.auditbench.model.Campaign;
import org.auditbench.model.CaseState;
import org.auditbench.model.CheckStatus;
import org.auditbench.model.DomainScan;
import org.auditbench.model.FollowUp;
import org.auditbench.model.Institution;
import org.auditbench.model.Letter;
import org.auditbench.model.LetterKind;
import org.auditbench.model.MailDomain;
import org.auditbench.model.MailServer;
import org.auditbench.model.MailServerKind;
import org.auditbench.model.Measure;
import org.auditbench.model.MeasureKind;
import org.auditbench.model.MxKind;
import org.auditbench.model.NetAddress;
import org.auditbench.model.Observation;
import org.auditbench.model.PortState;
import org.auditbench.model.PortStatus;
import org.auditbench.model.Provider;
import org.auditbench.model.ScanRun;
import org.auditbench.model.ScanRunStatus;
import org.auditbench.model.SelectionReason;
import org.auditbench.model.Statement;
import org.auditbench.model.StatementKind;

/** Model objects with every attribute set to a non-default value, for round trips through the store. */
public final class ModelSamples {

    private static final AuditFactory F = AuditFactory.eINSTANCE;
    private static final long DAY = 86_400_000L;
    /** A fixed instant (2026-03-02) so runs are reproducible; milliseconds kept to catch truncation. */
    private static final long BASE = 1_772_409_600_123L;

    private ModelSamples() {
    }

    public static Date day(int n) {
        return new Date(BASE + n * DAY);
    }

    public static Institution institution(String name, String... domains) {
        Institution institution = F.createInstitution();
        institution.setName(name);
        institution.setKind("Pfarrei");
        institution.setStreet("Kirchplatz 1");
        institution.setPostcode("12345");
        institution.setCity("Musterstadt");
        institution.setContactPerson("Erika Mustermann");
        institution.setContactEmail("datenschutz@" + (domains.length > 0 ? domains[0] : "example.org"));
        institution.setFileNumber("AZ-2026-" + Math.abs(name.hashCode() % 1000));
        institution.setReportedBreach(true);
        for (String name2 : domains) {
            MailDomain domain = F.createMailDomain();
            domain.setName(name2);
            institution.getMailDomains().add(domain);
        }
        return institution;
    }

    public static Provider provider(long asNumber, String organisation) {
        Provider provider = F.createProvider();
        provider.setAsNumber(asNumber);
        provider.setOrganisation(organisation);
        provider.setCountry("DE");
        return provider;
    }

    /** A run over the institution's domains; the two addresses share one provider (same AS number, two objects). */
    public static ScanRun scanRun(Institution institution, int observationsPerDomain) {
        ScanRun run = F.createScanRun();
        run.setStartedAt(day(1));
        run.setFinishedAt(day(2));
        run.setStatus(ScanRunStatus.COMPLETED);
        run.setSettings("{\"ports\":[25,443]}");
        run.setToolVersion("auditbench 0.1.0");
        for (MailDomain domain : institution.getMailDomains()) {
            run.getDomainScans().add(domainScan(institution, domain.getName(), observationsPerDomain));
        }
        return run;
    }

    public static DomainScan domainScan(Institution institution, String domainName, int observations) {
        DomainScan scan = F.createDomainScan();
        scan.setInstitution(institution);
        scan.setDomainName(domainName);
        scan.setCheckedAt(day(1));
        scan.setMxKind(MxKind.IMPLICIT);
        MailServer server = F.createMailServer();
        server.setHost("mx." + domainName);
        server.setPreference(10);
        server.setImplicit(true);
        for (String ip : new String[] { "192.0.2.10", "2001:db8::25" }) {
            NetAddress address = F.createNetAddress();
            address.setIp(ip);
            address.setProvider(provider(64_500, "Beispiel Hosting GmbH"));
            address.setServerKind(MailServerKind.EXCHANGE_ONPREM);
            address.setSmtpBanner("220 mx." + domainName + " Microsoft ESMTP MAIL Service ready");
            address.setStartTls(true);
            PortState port = F.createPortState();
            port.setPort(443);
            port.setState(PortStatus.FILTERED);
            address.getPorts().add(port);
            server.getAddresses().add(address);
        }
        scan.getMailServers().add(server);
        for (int i = 0; i < observations; i++) {
            Observation observation = F.createObservation();
            observation.setCheckId("exchange.cve-2021-26855");
            observation.setTarget("https://mx." + domainName + "/owa/#" + i);
            observation.setStatus(CheckStatus.VULNERABLE);
            observation.setSummary("Exchange 15.1.2176.2 without the March 2021 update");
            observation.setEvidence("HTTP/1.1 302 Found\r\nX-OWA-Version: 15.1.2176.2\r\n\r\n");
            observation.setObservedAt(day(1));
            observation.setDurationMillis(1234 + i);
            scan.getObservations().add(observation);
        }
        return scan;
    }

    /** A campaign with one case holding every kind of child, the attachment with bytes to store. */
    public static Campaign campaign(Institution institution) {
        Campaign campaign = F.createCampaign();
        campaign.setTitle("Exchange-Schwachstellen März 2021");
        campaign.setTemplateId("exchange-2021");
        campaign.getVulnerabilityReferences().add("CVE-2021-26855");
        campaign.getVulnerabilityReferences().add("CVE-2021-27065");
        campaign.setLegalBasis("Art. 58 Abs. 1 lit. a DSGVO");
        campaign.setCreatedOn(day(0));
        campaign.setScanPhaseStart(day(1));
        campaign.setScanPhaseEnd(day(3));
        campaign.setLetterDate(day(5));
        campaign.setDeadline(day(33));
        campaign.setSelectionRule("known cases + 10 % random, strata by kind");
        campaign.setSelectionSeed(20_210_302L);
        AuditCase auditCase = F.createAuditCase();
        auditCase.setInstitution(institution);
        auditCase.setSelectionReason(SelectionReason.RANDOM_SAMPLE);
        auditCase.setState(CaseState.ASSESSED);
        Letter letter = F.createLetter();
        letter.setKind(LetterKind.REMINDER);
        letter.setGeneratedAt(day(5));
        letter.setSentOn(day(6));
        letter.setDeadline(day(20));
        letter.setDocumentName("Anschreiben-" + institution.getName() + ".pdf");
        auditCase.getLetters().add(letter);
        auditCase.getStatements().add(statement());
        Assessment assessment = F.createAssessment();
        assessment.setVerdict(AssessmentVerdict.DEFICIENT);
        assessment.setReasons("Patch erst nach drei Wochen");
        assessment.setAssessedOn(day(40));
        assessment.setAssessor("Max Prüfer");
        FollowUp followUp = F.createFollowUp();
        followUp.setAction("Nachscan");
        followUp.setDueDate(day(60));
        followUp.setDone(true);
        assessment.getFollowUps().add(followUp);
        auditCase.setAssessment(assessment);
        campaign.getCases().add(auditCase);
        return campaign;
    }

    public static Statement statement() {
        Statement statement = F.createStatement();
        statement.setReceivedOn(day(15));
        statement.setKind(StatementKind.ANSWER);
        statement.setSummary("Patch am 10.03. installiert");
        statement.setMonitoring("SIEM mit Alarmierung");
        statement.setRefusalReason("keine");
        Measure measure = F.createMeasure();
        measure.setDate(day(8));
        measure.setKind(MeasureKind.MSERT);
        measure.setDescription("MSERT Vollscan ohne Fund");
        statement.getMeasures().add(measure);
        Attachment attachment = F.createAttachment();
        attachment.setFileName("msert.log");
        attachment.setMediaType("text/plain");
        attachment.setContent("Microsoft Safety Scanner: no infection found".getBytes(StandardCharsets.UTF_8));
        statement.getAttachments().add(attachment);
        return statement;
    }
}
