package org.auditbench.report.tests;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.Assert.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.auditbench.core.CampaignDesk;
import org.auditbench.core.CampaignTemplates;
import org.auditbench.core.SampleRule;
import org.auditbench.core.WorkflowSession;
import org.auditbench.core.letters.LetterRun;
import org.auditbench.model.AuditFactory;
import org.auditbench.model.Institution;
import org.auditbench.model.LetterKind;
import org.auditbench.model.MailDomain;
import org.auditbench.model.ScanRun;
import org.auditbench.report.ReportFormat;
import org.auditbench.report.letters.Authority;
import org.auditbench.report.letters.MailMerge;
import org.auditbench.scan.ScanEngine;
import org.auditbench.scan.ScanRequest;
import org.auditbench.scan.ScanSettings;
import org.auditbench.store.AuditStore;
import org.auditbench.testing.exchange.ExchangeStandIn;
import org.auditbench.testing.peers.Nsd;
import org.auditbench.testing.peers.PeerGroup;
import org.auditbench.testing.peers.SmtpBehaviour;
import org.auditbench.testing.peers.SmtpPeer;
import org.auditbench.testing.peers.Zone;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * The campaign template {@code exchange-eol-2025} end to end: an Exchange 2019 (out of support) and an
 * Exchange SE behind the newest update, scanned for real on loopback, get request letters that name
 * their server's state, ask for the migration plan and the interim measures, and cite the sources.
 */
public class ExchangeEolLetterTest {

    /** The day the scan is judged on: after the November 2026 SE update of the shipped build table. */
    private static final LocalDate JUDGED_ON = LocalDate.of(2026, 12, 1);

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    @Test
    public void outOfSupportAndBehindOnUpdatesGetTheMigrationLetter() throws Exception {
        try (PeerGroup peers = PeerGroup.inTempFolder("eol-letter-peers")) {
            ExchangeStandIn exchange2019 = peers.add(ExchangeStandIn.patched2019().start());
            ExchangeStandIn behind = peers.add(ExchangeStandIn.exchangeSe("15.2.2562.46").start());
            String old = exchange2019.address().getHostAddress();
            String se = behind.address().getHostAddress();
            peers.add(SmtpPeer.start(old, 25, SmtpBehaviour.exchangeOnPrem("mail.alt.test"), null));
            peers.add(SmtpPeer.start(se, 25, SmtpBehaviour.exchangeOnPrem("mail.se.test"), null));
            Nsd nsd = peers.add(Nsd.start(peers.folder().resolve("nsd"), ExchangeStandIn.randomAddress().getHostAddress(), List.of(
                    new Zone("alt.test").add("@ MX 10 mail").add("mail A " + old),
                    new Zone("se.test").add("@ MX 10 mail").add("mail A " + se))));
            Path data = folder.newFolder("data").toPath();
            Path out = folder.newFolder("letters").toPath();
            LetterRun run;
            try (AuditStore store = AuditStore.open(data)) {
                WorkflowSession session = new WorkflowSession(store, "pruefer", Clock.systemDefaultZone(), CampaignTemplates.builtIn());
                store.institutions().saveAll(List.of(institution("Rentamt Altstadt", "alt.test", "2026-EOL-001"),
                        institution("Schulamt Neustadt", "se.test", "2026-EOL-002")));
                CampaignDesk campaigns = new CampaignDesk(session);
                long campaignId = campaigns.create("exchange-eol-2025", "Exchange ohne Support 2026").getId();
                campaigns.sample(campaignId, "known.txt", List.of("alt.test", "se.test"), false, SampleRule.ofSize(0, false), 1);
                campaigns.rescan(campaignId, (members, monitor) -> scan(members, nsd), new NullProgressMonitor());
                run = new MailMerge(session, Authority.load(data)).write(campaignId, LetterKind.REQUEST, ReportFormat.PDF,
                        session.steps().today(), null, out, null, new NullProgressMonitor());
            }
            assertEquals("no case skipped: " + run.skipped(), 2, run.written().size());
            String outOfSupport = pdfText(out, "2026-EOL-001");
            String behindOnUpdates = pdfText(out, "2026-EOL-002");
            for (String letter : List.of(outOfSupport, behindOnUpdates)) {
                assertThat(letter, containsString("ohne Herstellerunterstützung oder ohne aktuelle Sicherheitsupdates"));
                assertThat(letter, containsString("Migrationsplan"));
                assertThat(letter, containsString("Vertrags zur Auftragsverarbeitung"));
                assertThat(letter, containsString("Outlook Web Access"));
                assertThat(letter, containsString("gemäß § 44 Abs. 2 lit. b) KDG"));
                assertThat(letter, containsString("https://github.com/microsoft/CSS-Exchange"));
                assertThat(letter, containsString("https://www.golem.de/news/bsi-schlaegt-alarm"));
                assertThat("the result row is labelled by the template, not as the founding letter's nmap script", letter,
                        containsString("Support- und Update-Stand:"));
                assertThat(letter, not(containsString("nmap-Scriptes")));
            }
            assertThat(outOfSupport, containsString("Version ohne Herstellerunterstützung"));
            assertThat(behindOnUpdates, containsString("neuestes Sicherheitsupdate fehlt"));
            assertThat(behindOnUpdates, not(containsString("nicht bestimmbar")));
        }
    }

    private static ScanRun scan(List<Institution> members, Nsd nsd) {
        ScanSettings settings = ScanSettings.defaults().withDnsServers(List.of(nsd.address())).withAllowPrivate(true)
                .withTimeout(Duration.ofSeconds(2)).withPorts(List.of(25, 443)).withJudgedOn(JUDGED_ON);
        List<ScanRequest> requests = new ArrayList<>();
        for (Institution member : members) {
            for (MailDomain domain : member.getMailDomains()) {
                requests.add(new ScanRequest(domain.getName(), member));
            }
        }
        try {
            return ScanEngine.fromExtensions(settings).run(requests, null, new NullProgressMonitor());
        } catch (CoreException e) {
            throw new IllegalStateException(e);
        }
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

    /** The text of the one letter whose file name starts with the file number, in one line per line. */
    private static String pdfText(Path directory, String fileNumber) throws IOException, InterruptedException {
        Path pdf;
        try (var files = Files.list(directory)) {
            pdf = files.filter(f -> f.getFileName().toString().startsWith(fileNumber)).findFirst().orElseThrow();
        }
        Process process = new ProcessBuilder("pdftotext", pdf.toString(), "-").redirectErrorStream(true).start();
        String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals("pdftotext failed: " + text, 0, process.waitFor());
        // words broken over lines or pages are joined again for the comparisons
        return text.replaceAll("-\n", "-").replaceAll("\\s+", " ");
    }
}
