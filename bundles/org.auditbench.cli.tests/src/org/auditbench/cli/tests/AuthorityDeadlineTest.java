package org.auditbench.cli.tests;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.auditbench.model.CheckStatus;
import org.auditbench.model.MailServerKind;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * The authority's default deadline (Window > Preferences > Auditbench > Authority, {@code deadlineDays} in
 * {@code authority.properties}) is the one the request letters print and {@code letters-sent} records,
 * instead of the campaign template's.
 */
public class AuthorityDeadlineTest {

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    @Test
    public void theAuthoritysDaysToAnswerSetTheDeadline() throws Exception {
        Path data = folder.getRoot().toPath().resolve("data");
        LetterCampaign campaign = new LetterCampaign(data);
        Files.writeString(data.resolve("authority.properties"), "deadlineDays = 21\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        campaign.withServer("Caritasverband Köln", "caritas-koeln.example", "mail.caritas-koeln.example", "198.51.100.8",
                MailServerKind.EXCHANGE_ONPREM, 64500, "Kirchliche IT GmbH", CheckStatus.NOT_VULNERABLE);
        campaign.scanned();
        Path letters = folder.getRoot().toPath().resolve("letters");
        LocalDate today = LocalDate.now();
        campaign.ok("letters", "1", "--out", letters.toString());
        String text = PdfText.of(letters.resolve("2021-EX-100_Caritasverband-Koeln.pdf"));
        assertThat(text, containsString("bis zum " + DateTimeFormatter.ofPattern("d. MMMM yyyy", Locale.GERMAN).format(today.plusDays(21))));

        CliRun sent = campaign.ok("letters-sent", "1", "--date", today.toString());
        assertThat(sent.out(), containsString("deadline " + today.plusDays(21)));
    }
}
