package org.auditbench.cli.tests;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.auditbench.model.AuditFactory;
import org.auditbench.model.Institution;
import org.auditbench.model.MailDomain;
import org.auditbench.store.AuditStore;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * {@code auditbench report list | run}: the contributed reports listed with scope and formats, one run into
 * a file, and bad scopes, formats and ids refused with exit code 1, the reason and no file.
 */
public class ReportCommandTest {

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    private Path data;

    @Before
    public void campaignOfTwoInstitutions() throws Exception {
        data = folder.getRoot().toPath().resolve("data");
        Files.createDirectories(data);
        try (AuditStore store = AuditStore.open(data)) {
            store.institutions().saveAll(List.of(institution("Pfarrei St. Marien", "st-marien.example"),
                    institution("Marienhospital Köln", "marienhospital.example")));
        }
        Path known = folder.getRoot().toPath().resolve("known.txt");
        Files.writeString(known, "st-marien.example\nmarienhospital.example\n");
        assertEquals(0, CliRun.of(data, "campaign", "create", "--template", "proxylogon-2021", "--title", "Hafnium 2021").code());
        assertEquals(0, CliRun.of(data, "campaign", "sample", "1", "--known-file", known.toString(), "--random", "0").code());
    }

    @Test
    public void listNamesEveryReportWithScopeAndFormats() {
        CliRun run = CliRun.of(data, "report", "list");
        assertEquals(0, run.code());
        assertThat(run.out(), containsString("campaign-overview\tCampaign compliance overview\tcampaign\tpdf,xlsx,html,docx"));
        assertThat(run.out(), containsString("findings-annex\tFindings annex\tcampaign,scanRun\txlsx,pdf"));
        assertThat(run.out(), containsString("request-letter\t"));
    }

    @Test
    public void runWritesTheReportInTheLanguageAsked() throws Exception {
        Path out = folder.getRoot().toPath().resolve("reports/overview.pdf");
        CliRun run = CliRun.of(data, "report", "run", "campaign-overview", "--campaign", "1", "--language", "de", "--format", "pdf",
                "--out", out.toString());
        assertEquals(run.err(), 0, run.code());
        assertThat(run.out(), containsString("campaign-overview (campaign 1, pdf) written to " + out));
        Process process = new ProcessBuilder("pdftotext", "-layout", out.toString(), "-").redirectErrorStream(true).start();
        String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).replaceAll("[ \t]+", " ");
        assertEquals(0, process.waitFor());
        assertThat(text, containsString("Übersicht zur Prüfaktion"));
        assertThat(text, containsString("Einrichtungen in der Prüfaktion 2"));
        assertThat(text, containsString("Marienhospital Köln"));
        assertThat(text, containsString("Keine Scan-Ergebnisse"));
    }

    @Test
    public void badScopeFormatOrIdEndsWithExitOneTheReasonAndNoFile() {
        Path out = folder.getRoot().toPath().resolve("x.pdf");
        assertRefused("runs on campaign, not on institution 1", "campaign-overview", "--institution", "1", "--format", "pdf");
        assertRefused("unknown report format 'odt'", "campaign-overview", "--campaign", "1", "--format", "odt");
        assertRefused("is offered as xlsx, pdf, not as docx", "findings-annex", "--campaign", "1", "--format", "docx");
        assertRefused("give exactly one of --campaign, --institution, --case or --scan-run", "campaign-overview", "--format", "pdf");
        assertRefused("there is no report 'nonsense'", "nonsense", "--campaign", "1", "--format", "pdf");
        assertRefused("there is no campaign 99", "campaign-overview", "--campaign", "99", "--format", "pdf");
        assertRefused("institution 5 is not a member of campaign 1", "request-letter", "--case", "1:5", "--format", "pdf");
        assertFalse(Files.exists(out));
    }

    private void assertRefused(String reason, String... args) {
        Path out = folder.getRoot().toPath().resolve("x.pdf");
        List<String> words = new java.util.ArrayList<>(List.of("report", "run"));
        words.addAll(List.of(args));
        words.addAll(List.of("--out", out.toString()));
        CliRun run = CliRun.of(data, words.toArray(String[]::new));
        assertEquals(String.join(" ", args), 1, run.code());
        assertThat(run.err(), containsString(reason));
    }

    private static Institution institution(String name, String domain) {
        Institution institution = AuditFactory.eINSTANCE.createInstitution();
        institution.setName(name);
        MailDomain mailDomain = AuditFactory.eINSTANCE.createMailDomain();
        mailDomain.setName(domain);
        institution.getMailDomains().add(mailDomain);
        return institution;
    }
}
