package org.auditbench.cli.tests;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.Assert.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.auditbench.core.CaseDeadline;
import org.auditbench.core.Dates;
import org.auditbench.model.AuditCase;
import org.auditbench.model.CaseState;
import org.auditbench.model.CheckStatus;
import org.auditbench.model.Letter;
import org.auditbench.model.LetterKind;
import org.auditbench.model.MailServerKind;
import org.auditbench.store.AuditStore;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * {@code auditbench letters ID --kind reminder}: the reminder of an overdue case refers to the first
 * letter and its deadline, sets a new one, and is recorded as the reminder sent through the workflow.
 */
public class ReminderLetterTest {

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    private LetterCampaign campaign;
    private Path letters;

    @Before
    public void aRequestWentOutAndWasNotAnswered() throws Exception {
        campaign = new LetterCampaign(folder.getRoot().toPath().resolve("data"));
        campaign.withServer("Caritasverband Köln", "caritas-koeln.example", "mail.caritas-koeln.example", "198.51.100.8",
                MailServerKind.EXCHANGE_ONPREM, 64500, "Kirchliche IT GmbH", CheckStatus.NOT_VULNERABLE);
        campaign.scanned();
        letters = folder.getRoot().toPath().resolve("letters");
        campaign.ok("letters", "1", "--date", "2021-04-26", "--deadline", "2021-05-31", "--out", letters.toString());
        campaign.ok("letters-sent", "1", "--date", "2021-04-26", "--deadline", "2021-05-31");
    }

    @Test
    public void noReminderBeforeTheDeadlineHasPassed() throws Exception {
        CliRun run = campaign.run("letters", "1", "--kind", "reminder", "--date", "2021-05-31", "--out", letters.toString());
        assertEquals(run.out() + run.err(), 1, run.code());
        assertThat(run.err(), containsString("0 letters written: no other case is overdue on 2021-05-31 (1 letter sent)"));
        try (AuditStore store = AuditStore.open(campaign.data)) {
            assertEquals(CaseState.LETTER_SENT, store.campaigns().load(1).orElseThrow().getCases().get(0).getState());
        }
    }

    @Test
    public void theReminderRefersToTheFirstLetterAndIsRecordedWithItsNewDeadline() throws Exception {
        CliRun run = campaign.ok("letters", "1", "--kind", "reminder", "--date", "2021-06-02", "--out", letters.toString());
        assertThat(run.out(), containsString("1 letter(s) written"));
        Path reminder = letters.resolve("2021-EX-100_Caritasverband-Koeln_Erinnerung.pdf");
        PdfText.keep(reminder);
        String text = PdfText.of(reminder);
        assertThat(text, containsString("Erinnerung: Prüfung zum Umgang mit der Sicherheitslücke"));
        assertThat(text, containsString("Dortmund, 2. Juni 2021"));
        assertThat(text, containsString("mit Schreiben vom 26. April 2021"));
        assertThat(text, containsString("bis zum 31. Mai 2021 gebeten"));
        // the template gives 14 days to answer a reminder
        assertThat(text, containsString("bis zum 16. Juni 2021 zu übersenden"));
        assertThat(text, containsString("gemäß § 44 Abs. 2 lit. b) KDG Auskunft zu erteilen"));
        assertThat(text, containsString("Aktenzeichen: 2021-EX-100"));
        assertThat(text, containsString("Seite 1 von 1"));
        assertThat("no result table in a reminder", text, not(containsString("Ihre Mail-Domäne")));
        assertEquals("Erinnerung – Caritasverband Köln (Az. 2021-EX-100)", PdfText.info(reminder, "Title"));
        assertThat("the first letter stays", Files.exists(letters.resolve("2021-EX-100_Caritasverband-Koeln.pdf")), org.hamcrest.Matchers.is(true));

        try (AuditStore store = AuditStore.open(campaign.data)) {
            AuditCase auditCase = store.campaigns().load(1).orElseThrow().getCases().get(0);
            assertEquals(CaseState.REMINDER_SENT, auditCase.getState());
            Letter recorded = auditCase.getLetters().stream().filter(l -> l.getKind() == LetterKind.REMINDER).findFirst().orElseThrow();
            assertEquals(reminder.toString(), recorded.getDocumentName());
            assertEquals(LocalDate.of(2021, 6, 2), Dates.of(recorded.getSentOn()));
            assertEquals(LocalDate.of(2021, 6, 16), CaseDeadline.of(auditCase).orElseThrow());
            assertThat(store.auditTrail().recent(5).stream().map(e -> e.getAction()).toList().toString(), containsString("case.reminder-sent"));
        }
        CliRun again = campaign.run("letters", "1", "--kind", "reminder", "--date", "2021-06-20", "--out", letters.toString());
        assertEquals("one reminder per case", 1, again.code());
        assertThat(again.err(), containsString("1 reminder sent"));
    }
}
