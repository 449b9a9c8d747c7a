package org.auditbench.cli.tests;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.Assert.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.auditbench.model.AuditCase;
import org.auditbench.model.CaseState;
import org.auditbench.model.CheckStatus;
import org.auditbench.model.Institution;
import org.auditbench.model.MailServerKind;
import org.auditbench.store.AuditStore;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * Which cases get a letter: none without a usable Phase 1 result (the auditor is told which and why),
 * and a letter is written again after data were corrected, until it is sent.
 */
public class LetterEligibilityTest {

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    @Test
    public void casesWithoutAUsablePhase1ResultGetNoLetterAndAreNamedWithTheReason() throws Exception {
        LetterCampaign campaign = new LetterCampaign(folder.getRoot().toPath().resolve("data"));
        campaign.withServer("Caritasverband Köln", "caritas-koeln.example", "mail.caritas-koeln.example", "198.51.100.8",
                MailServerKind.EXCHANGE_ONPREM, 64500, "Kirchliche IT GmbH", CheckStatus.NOT_VULNERABLE);
        campaign.withHostWithoutAddress("Pfarrei St. Josef", "st-josef.example", "mx.st-josef.example");
        campaign.withNullMx("Kita Sonnenschein", "kita.example");
        campaign.scanned();
        Path letters = folder.getRoot().toPath().resolve("letters");
        CliRun run = campaign.ok("letters", "1", "--out", letters.toString());
        assertThat(run.out(), containsString("1 letter(s) written"));
        assertThat(run.out(), containsString("Pfarrei St. Josef: no letter: mail server mx.st-josef.example of st-josef.example has no address"));
        assertThat(run.out(), containsString("Kita Sonnenschein: no letter: kita.example accepts no mail (null MX)"));
        try (var files = Files.list(letters)) {
            assertEquals(List.of("2021-EX-100_Caritasverband-Koeln.pdf"), files.map(p -> p.getFileName().toString()).toList());
        }
        try (AuditStore store = AuditStore.open(campaign.data)) {
            for (AuditCase auditCase : store.campaigns().load(1).orElseThrow().getCases()) {
                boolean usable = auditCase.getInstitution().getName().startsWith("Caritas");
                assertEquals(auditCase.getInstitution().getName(), usable ? CaseState.LETTER_GENERATED : CaseState.SCANNED,
                        auditCase.getState());
            }
        }
    }

    @Test
    public void noLetterWrittenIsAFailureThatSaysWhy() throws Exception {
        LetterCampaign campaign = new LetterCampaign(folder.getRoot().toPath().resolve("data"));
        campaign.withNullMx("Kita Sonnenschein", "kita.example");
        campaign.scanned();
        CliRun run = campaign.run("letters", "1", "--out", folder.getRoot().toPath().resolve("letters").toString());
        assertEquals(run.out() + run.err(), 1, run.code());
        assertThat(run.out() + run.err(), containsString("0 letters written"));
        assertThat(run.out() + run.err(), containsString("Kita Sonnenschein: no letter: kita.example accepts no mail (null MX)"));
    }

    @Test
    public void aCorrectedNameReplacesTheLetterFileInsteadOfLeavingATwin() throws Exception {
        LetterCampaign campaign = new LetterCampaign(folder.getRoot().toPath().resolve("data"));
        Institution institution = campaign.withServer("Caritasverband Koln", "caritas-koeln.example", "mail.caritas-koeln.example",
                "198.51.100.8", MailServerKind.EXCHANGE_ONPREM, 64500, "Kirchliche IT GmbH", CheckStatus.NOT_VULNERABLE);
        campaign.scanned();
        Path letters = folder.getRoot().toPath().resolve("letters");
        campaign.ok("letters", "1", "--out", letters.toString());
        try (AuditStore store = AuditStore.open(campaign.data)) {
            Institution stored = store.institutions().load(institution.getId()).orElseThrow();
            stored.setName("Caritasverband Köln");
            store.institutions().save(stored);
        }
        campaign.ok("letters", "1", "--out", letters.toString());
        try (var files = Files.list(letters)) {
            assertEquals(List.of("2021-EX-100_Caritasverband-Koeln.pdf"), files.map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    public void aLetterIsWrittenAgainAfterACorrectionUntilItIsSent() throws Exception {
        LetterCampaign campaign = new LetterCampaign(folder.getRoot().toPath().resolve("data"));
        Institution institution = campaign.withServer("Caritasverband Köln", "caritas-koeln.example", "mail.caritas-koeln.example",
                "198.51.100.8", MailServerKind.EXCHANGE_ONPREM, 64500, "Kirchliche IT GmbH", CheckStatus.NOT_VULNERABLE);
        campaign.scanned();
        Path letters = folder.getRoot().toPath().resolve("letters");
        Path letter = letters.resolve("2021-EX-100_Caritasverband-Koeln.pdf");
        campaign.ok("letters", "1", "--date", "2021-04-26", "--out", letters.toString());
        assertThat(PdfText.of(letter), containsString("Kirchplatz 1"));

        try (AuditStore store = AuditStore.open(campaign.data)) {
            Institution stored = store.institutions().load(institution.getId()).orElseThrow();
            stored.setStreet("Domkloster 3");
            store.institutions().save(stored);
        }
        CliRun again = campaign.ok("letters", "1", "--date", "2021-04-27", "--out", letters.toString());
        assertThat(again.out(), containsString("1 letter(s) written"));
        String text = PdfText.of(letter);
        assertThat(text, containsString("Domkloster 3"));
        assertThat(text, containsString("Dortmund, 27. April 2021"));
        try (AuditStore store = AuditStore.open(campaign.data)) {
            AuditCase auditCase = store.campaigns().load(1).orElseThrow().getCases().get(0);
            assertEquals(CaseState.LETTER_GENERATED, auditCase.getState());
            assertEquals("one request letter, rewritten", 1, auditCase.getLetters().size());
        }

        campaign.ok("letters-sent", "1", "--date", "2021-04-28");
        CliRun sent = campaign.run("letters", "1", "--out", letters.toString());
        assertEquals(sent.out() + sent.err(), 1, sent.code());
        assertThat(sent.out() + sent.err(), containsString("0 letters written"));
        assertThat(sent.out() + sent.err(), containsString("1 letter sent"));
    }
}
