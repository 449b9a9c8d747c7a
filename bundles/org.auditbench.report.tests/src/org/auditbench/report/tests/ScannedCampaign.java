package org.auditbench.report.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.auditbench.core.CampaignDesk;
import org.auditbench.core.CampaignTemplates;
import org.auditbench.core.CaseDesk;
import org.auditbench.core.Dates;
import org.auditbench.core.WorkflowSession;
import org.auditbench.model.AssessmentVerdict;
import org.auditbench.model.Attachment;
import org.auditbench.model.AuditFactory;
import org.auditbench.model.Campaign;
import org.auditbench.model.FollowUp;
import org.auditbench.model.Institution;
import org.auditbench.model.MailDomain;
import org.auditbench.model.Measure;
import org.auditbench.model.MeasureKind;
import org.auditbench.model.Statement;
import org.auditbench.model.StatementKind;
import org.auditbench.scan.ScanEngine;
import org.auditbench.scan.ScanRequest;
import org.auditbench.scan.ScanSettings;
import org.auditbench.store.AuditStore;
import org.auditbench.testing.exchange.ExchangeStandIn;
import org.auditbench.testing.peers.Folders;
import org.auditbench.testing.peers.Nsd;
import org.auditbench.testing.peers.PeerGroup;
import org.auditbench.testing.peers.SmtpBehaviour;
import org.auditbench.testing.peers.SmtpPeer;
import org.auditbench.testing.peers.Zone;
import org.eclipse.core.runtime.NullProgressMonitor;

/**
 * A campaign of four institutions scanned for real against peers on loopback (NSD, SMTP servers,
 * Exchange stand-ins on 127.0.30-39.x) and taken through the workflow: an unpatched own Exchange
 * (Stadtverwaltung Münster, no answer yet), a patched one (Grundschule Köln-Süd, statement, assessed
 * with a follow-up), Microsoft 365 (Pfarrei St. Marien, says "no Exchange": contradicted) and Exim
 * (Kita Sonnenschein, nothing but letters). The letters went out today with a deadline in 30 days; Köln's
 * statement came with an attachment.
 */
final class ScannedCampaign implements AutoCloseable {

    static final String MUENSTER = "Stadtverwaltung Münster";
    static final String KOELN = "Grundschule Köln-Süd";
    static final String MARIEN = "Pfarrei St. Marien";
    static final String KITA = "Kita Sonnenschein";
    /** The attachment of Köln's statement. */
    static final String ATTACHMENT = "MSERT-Protokoll Köln.txt";

    final Path data;
    final AuditStore store;
    final WorkflowSession session;
    final long campaignId;
    final long scanRunId;
    final LocalDate today;
    final List<Institution> institutions = new ArrayList<>();
    private final PeerGroup peers;
    private Nsd nsd;
    private final Addresses addresses;

    /**
     * Where the institutions' mail servers answer: Münster's (its own Exchange, or Microsoft 365 once it
     * moved), Köln's own Exchange, Microsoft's for St. Marien, the Kita's Exim.
     */
    private record Addresses(String muenster, boolean muensterAtMicrosoft, String koeln, String cloud, String kita) {
    }

    private ScannedCampaign(Path data, PeerGroup peers, Addresses addresses) throws Exception {
        this.data = data;
        this.peers = peers;
        this.addresses = addresses;
        this.nsd = nameServer(peers, "nsd", addresses);
        store = AuditStore.open(data);
        session = new WorkflowSession(store, "pruefer", Clock.systemDefaultZone(), CampaignTemplates.builtIn());
        today = session.steps().today();
        institutions.add(institution(MUENSTER, "muenster.test", "2021-EX-001"));
        institutions.add(institution(KOELN, "koeln-sued.test", "2021-EX-002"));
        institutions.add(institution(MARIEN, "st-marien.test", "2021-EX-003"));
        institutions.add(institution(KITA, "kita.test", "2021-EX-004"));
        store.institutions().saveAll(institutions);
        CampaignDesk campaigns = new CampaignDesk(session);
        Campaign campaign = campaigns.create("proxylogon-2021", "Hafnium 2021");
        campaignId = campaign.getId();
        campaigns.sample(campaignId, "known.txt", List.of("muenster.test", "koeln-sued.test", "st-marien.test", "kita.test"), false,
                org.auditbench.core.SampleRule.ofSize(0, false), 1);
        scanRunId = campaigns.rescan(campaignId, (members, monitor) -> scan(members), new NullProgressMonitor()).getId();
        CaseDesk cases = new CaseDesk(session);
        for (Institution institution : institutions) {
            cases.recordLetterGenerated(campaignId, institution.getId(), "letter-" + institution.getId() + ".pdf");
        }
        cases.recordLettersSent(campaignId, today, today.plusDays(30));
        Statement koeln = statement(StatementKind.ANSWER, MeasureKind.PATCH_INSTALLED, MeasureKind.MSERT);
        koeln.getAttachments().add(attachment(ATTACHMENT, "MSERT: keine Funde"));
        cases.recordStatement(campaignId, id(KOELN), koeln);
        cases.recordStatement(campaignId, id(MARIEN), statement(StatementKind.NO_EXCHANGE));
        FollowUp followUp = AuditFactory.eINSTANCE.createFollowUp();
        followUp.setAction("Protokoll des MSERT-Laufs nachreichen");
        followUp.setDueDate(Dates.of(today.plusDays(14)));
        cases.assess(campaignId, id(KOELN), AssessmentVerdict.FOLLOW_UP_NEEDED, "MSERT-Protokoll fehlt", List.of(followUp));
    }

    static ScannedCampaign start() throws Exception {
        PeerGroup peers = PeerGroup.inTempFolder("report-peers");
        try {
            return new ScannedCampaign(Files.createTempDirectory("report-data"), peers, startPeers(peers));
        } catch (Exception | Error e) {
            peers.close();
            throw e;
        }
    }

    /** Exchange stand-ins with SMTP servers on their addresses, Microsoft 365 and Exim. */
    private static Addresses startPeers(PeerGroup peers) throws IOException {
        ExchangeStandIn unpatched = peers.add(ExchangeStandIn.unpatched2016().start());
        ExchangeStandIn patched = peers.add(ExchangeStandIn.patched2019().start());
        String muenster = unpatched.address().getHostAddress();
        String koeln = patched.address().getHostAddress();
        String cloud = ExchangeStandIn.randomAddress().getHostAddress();
        String kita = ExchangeStandIn.randomAddress().getHostAddress();
        peers.add(SmtpPeer.start(muenster, 25, SmtpBehaviour.exchangeOnPrem("mail.muenster.test"), null));
        peers.add(SmtpPeer.start(koeln, 25, SmtpBehaviour.exchangeOnPrem("mail.koeln-sued.test"), null));
        peers.add(SmtpPeer.start(cloud, 25, SmtpBehaviour.microsoft365("st-marien-test.mail.protection.outlook.com"), null));
        peers.add(SmtpPeer.start(kita, 25, SmtpBehaviour.exim("mx.kita.test"), null));
        return new Addresses(muenster, false, koeln, cloud, kita);
    }

    /** A name server with the zones of the institutions' mail servers at {@code at}. */
    private static Nsd nameServer(PeerGroup peers, String folder, Addresses at) throws IOException {
        Zone muenster = new Zone("muenster.test");
        Zone outlook = new Zone("mail.protection.outlook.com").add("st-marien-test A " + at.cloud());
        if (at.muensterAtMicrosoft()) {
            muenster.add("@ MX 0 muenster-test.mail.protection.outlook.com.");
            outlook.add("muenster-test A " + at.muenster());
        } else {
            muenster.add("@ MX 10 mail").add("mail A " + at.muenster());
        }
        return peers.add(Nsd.start(peers.folder().resolve(folder), ExchangeStandIn.randomAddress().getHostAddress(), List.of(
                muenster, outlook,
                new Zone("koeln-sued.test").add("@ MX 10 mail").add("mail A " + at.koeln()),
                new Zone("st-marien.test").add("@ MX 0 st-marien-test.mail.protection.outlook.com."),
                new Zone("kita.test").add("@ MX 10 mx").add("mx A " + at.kita()),
                new Zone("asn.test").asnOrigin(at.muenster(), at.muensterAtMicrosoft() ? "8075" : "64500", at.muenster() + "/32",
                        at.muensterAtMicrosoft() ? "US" : "DE")
                        .asnOrigin(at.koeln(), "64500", at.koeln() + "/32", "DE").asnOrigin(at.kita(), "64501", at.kita() + "/32", "DE")
                        .asnOrigin(at.cloud(), "8075", at.cloud() + "/32", "US")
                        .asnName(64500, "DE", "STADTNETZ", "Stadtnetz Westfalen GmbH").asnName(64501, "DE", "KITANET", "Kitanet eG")
                        .asnName(8075, "US", "MICROSOFT-CORP-MSN-AS-BLOCK", "Microsoft Corporation"))));
    }

    /**
     * Münster gives up its unpatched Exchange for Microsoft 365 (its MX names Microsoft from now on) and the
     * campaign is scanned again.
     *
     * @return the id of the follow-up run
     */
    long moveMuensterToMicrosoftAndRescan() throws Exception {
        String muenster = ExchangeStandIn.randomAddress().getHostAddress();
        peers.add(SmtpPeer.start(muenster, 25, SmtpBehaviour.microsoft365("muenster-test.mail.protection.outlook.com"), null));
        nsd = nameServer(peers, "nsd-moved", new Addresses(muenster, true, addresses.koeln(), addresses.cloud(), addresses.kita()));
        return new CampaignDesk(session).rescan(campaignId, (members, monitor) -> scan(members), new NullProgressMonitor()).getId();
    }

    private org.auditbench.model.ScanRun scan(List<Institution> members) {
        ScanSettings settings = ScanSettings.defaults().withDnsServers(List.of(nsd.address())).withAsnZone("asn.test")
                .withAllowPrivate(true).withTimeout(Duration.ofSeconds(2)).withPorts(List.of(25, 443, 587));
        List<ScanRequest> requests = new ArrayList<>();
        for (Institution member : members) {
            for (MailDomain domain : member.getMailDomains()) {
                requests.add(new ScanRequest(domain.getName(), member));
            }
        }
        try {
            return ScanEngine.fromExtensions(settings).run(requests, null, new NullProgressMonitor());
        } catch (org.eclipse.core.runtime.CoreException e) {
            throw new IllegalStateException(e);
        }
    }

    long id(String name) {
        return institutions.stream().filter(i -> i.getName().equals(name)).findFirst().orElseThrow().getId();
    }

    private Statement statement(StatementKind kind, MeasureKind... measures) {
        Statement statement = AuditFactory.eINSTANCE.createStatement();
        statement.setKind(kind);
        statement.setReceivedOn(Dates.of(today));
        statement.setMonitoring("Firewall-Protokolle werden täglich ausgewertet");
        for (MeasureKind measureKind : measures) {
            Measure measure = AuditFactory.eINSTANCE.createMeasure();
            measure.setKind(measureKind);
            measure.setDate(Dates.of(today.minusDays(1)));
            measure.setDescription(measureKind.getName());
            statement.getMeasures().add(measure);
        }
        return statement;
    }

    private static Attachment attachment(String name, String text) {
        Attachment attachment = AuditFactory.eINSTANCE.createAttachment();
        attachment.setFileName(name);
        attachment.setMediaType("text/plain");
        attachment.setContent(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        attachment.setSize(attachment.getContent().length);
        return attachment;
    }

    private static Institution institution(String name, String domain, String fileNumber) {
        Institution institution = AuditFactory.eINSTANCE.createInstitution();
        institution.setName(name);
        institution.setFileNumber(fileNumber);
        MailDomain mailDomain = AuditFactory.eINSTANCE.createMailDomain();
        mailDomain.setName(domain);
        institution.getMailDomains().add(mailDomain);
        return institution;
    }

    @Override
    public void close() {
        store.close();
        peers.close();
        Folders.deleteQuietly(data);
    }
}
