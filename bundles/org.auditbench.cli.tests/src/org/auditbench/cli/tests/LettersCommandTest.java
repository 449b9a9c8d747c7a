package org.auditbench.cli.tests;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Date;
import java.util.List;

import org.auditbench.core.CampaignTemplates;
import org.auditbench.core.CaseDesk;
import org.auditbench.core.WorkflowSession;
import org.auditbench.model.AuditCase;
import org.auditbench.model.AuditFactory;
import org.auditbench.model.CaseState;
import org.auditbench.model.CheckStatus;
import org.auditbench.model.DomainScan;
import org.auditbench.model.Institution;
import org.auditbench.model.MailDomain;
import org.auditbench.model.MailServer;
import org.auditbench.model.MailServerKind;
import org.auditbench.model.NetAddress;
import org.auditbench.model.Observation;
import org.auditbench.model.PortState;
import org.auditbench.model.PortStatus;
import org.auditbench.model.Provider;
import org.auditbench.model.ScanRun;
import org.auditbench.model.ScanRunStatus;
import org.auditbench.store.AuditStore;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * {@code auditbench letters}: the request letters of the scanned cases as PDFs, each with its result
 * table and the paragraph that fits the finding, and the cases moved to "letter generated".
 */
public class LettersCommandTest {

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    private Path data;
    private String out;

    @Before
    public void campaignWithTwoScannedCases() throws Exception {
        data = folder.getRoot().toPath().resolve("data");
        Files.createDirectories(data);
        Files.writeString(data.resolve("authority.properties"),
                "senderLine = Kath. Datenschutzzentrum | Brackeler Hellweg 144 | 44309 Dortmund\nplace = Dortmund\n",
                StandardCharsets.UTF_8);
        Institution cloud = institution("Pfarrei St. Marien", "st-marien.example");
        Institution own = institution("Marienhospital", "marienhospital.example");
        try (AuditStore store = AuditStore.open(data)) {
            store.institutions().saveAll(List.of(cloud, own));
        }
        Files.writeString(folder.getRoot().toPath().resolve("known.txt"), "st-marien.example\nmarienhospital.example\n");
        assertOk("campaign", "create", "--template", "proxylogon-2021", "--title", "Hafnium 2021");
        assertOk("campaign", "sample", "1", "--known-file", folder.getRoot().toPath().resolve("known.txt").toString(),
                "--random", "0", "--seed", "1");
        try (AuditStore store = AuditStore.open(data)) {
            ScanRun run = AuditFactory.eINSTANCE.createScanRun();
            run.setStartedAt(new Date());
            run.setFinishedAt(new Date());
            run.setStatus(ScanRunStatus.COMPLETED);
            run.getDomainScans().add(scan(cloud, "st-marien-example01i.mail.protection.outlook.com", "192.0.2.25",
                    MailServerKind.MICROSOFT_365, 8075, "Microsoft Corporation", CheckStatus.NOT_APPLICABLE));
            run.getDomainScans().add(scan(own, "mail.marienhospital.example", "198.51.100.7", MailServerKind.EXCHANGE_ONPREM,
                    64500, "Kirchliche IT GmbH", CheckStatus.VULNERABLE));
            store.scanRuns().save(run);
            CaseDesk desk = new CaseDesk(new WorkflowSession(store, "pruefer", Clock.systemDefaultZone(), CampaignTemplates.builtIn()));
            desk.recordScan(1, cloud.getId(), run);
            desk.recordScan(1, own.getId(), run);
        }
    }

    @Test
    public void writesOneLetterPerScannedCaseAndRecordsIt() throws Exception {
        Path letters = folder.getRoot().toPath().resolve("letters");
        assertOk("letters", "1", "--date", "2021-04-26", "--deadline", "2021-05-31", "--out", letters.toString());
        assertThat(out, containsString("2 letter(s) written"));
        List<Path> pdfs;
        try (var files = Files.list(letters)) {
            pdfs = files.sorted().toList();
        }
        assertEquals(2, pdfs.size());
        String cloud = text(pdfs.stream().filter(p -> p.getFileName().toString().equals("Fall-1_Pfarrei-St-Marien.pdf")).findFirst().orElseThrow());
        assertThat(cloud, containsString("Dortmund, 26. April 2021"));
        assertThat(cloud, containsString("Ergebnis des telnet-Zugriffs: MS365"));
        assertThat(cloud, containsString("Provider-Information: Microsoft Corporation (AS8075)"));
        assertThat(cloud, containsString("Freigegebene TCP-Ports: 25"));
        assertThat(cloud, containsString("Gesperrte TCP-Ports: 443"));
        assertThat(cloud, containsString("über Microsoft 365 betreiben"));
        assertThat(cloud, containsString("bis zum 31. Mai 2021"));
        String own = text(pdfs.stream().filter(p -> p.getFileName().toString().equals("Fall-2_Marienhospital.pdf")).findFirst().orElseThrow());
        assertThat(own, containsString("Ergebnis des nmap-Scriptes: verwundbar"));
        assertThat(own, containsString("Sicherheitslücke in Ihrem System zum Zeitpunkt der Auswertung bestand"));

        try (AuditStore store = AuditStore.open(data)) {
            for (AuditCase auditCase : store.campaigns().load(1).orElseThrow().getCases()) {
                assertEquals(CaseState.LETTER_GENERATED, auditCase.getState());
                assertTrue(auditCase.getLetters().get(0).getDocumentName().endsWith(".pdf"));
            }
        }
        assertOk("letters", "1", "--out", letters.toString());
        assertThat("unsent letters are written again, in the same files", out, containsString("2 letter(s) written"));
        try (var files = Files.list(letters)) {
            assertEquals(2, files.count());
        }
    }

    private static DomainScan scan(Institution institution, String host, String ip, MailServerKind kind, long asNumber,
            String organisation, CheckStatus proxyLogon) {
        DomainScan scan = AuditFactory.eINSTANCE.createDomainScan();
        scan.setInstitution(institution);
        scan.setDomainName(institution.getMailDomains().get(0).getName());
        scan.setCheckedAt(new Date());
        MailServer server = AuditFactory.eINSTANCE.createMailServer();
        server.setHost(host);
        server.setPreference(10);
        NetAddress address = AuditFactory.eINSTANCE.createNetAddress();
        address.setIp(ip);
        address.setServerKind(kind);
        Provider provider = AuditFactory.eINSTANCE.createProvider();
        provider.setAsNumber(asNumber);
        provider.setOrganisation(organisation);
        provider.setCountry("DE");
        address.setProvider(provider);
        address.getPorts().add(port(25, PortStatus.OPEN));
        address.getPorts().add(port(443, PortStatus.FILTERED));
        server.getAddresses().add(address);
        scan.getMailServers().add(server);
        Observation observation = AuditFactory.eINSTANCE.createObservation();
        observation.setCheckId("CVE-2021-26855");
        observation.setTarget(host + " " + ip);
        observation.setStatus(proxyLogon);
        observation.setObservedAt(new Date());
        scan.getObservations().add(observation);
        return scan;
    }

    private static PortState port(int number, PortStatus status) {
        PortState port = AuditFactory.eINSTANCE.createPortState();
        port.setPort(number);
        port.setState(status);
        return port;
    }

    private static Institution institution(String name, String domain) {
        Institution institution = AuditFactory.eINSTANCE.createInstitution();
        institution.setName(name);
        institution.setKind("Pfarrei");
        MailDomain mailDomain = AuditFactory.eINSTANCE.createMailDomain();
        mailDomain.setName(domain);
        institution.getMailDomains().add(mailDomain);
        return institution;
    }

    private static String text(Path pdf) throws Exception {
        Process process = new ProcessBuilder("pdftotext", "-layout", pdf.toString(), "-").redirectErrorStream(true).start();
        String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(text, 0, process.waitFor());
        return text.replaceAll("[ \\t]+", " ").replaceAll("-\\n", "-").replaceAll("\\s*\\n\\s*", " ");
    }

    private void assertOk(String... args) {
        CliRun run = CliRun.of(data, args);
        out = run.out();
        assertEquals(String.join(" ", args) + ": " + run.err() + out, 0, run.code());
    }
}
