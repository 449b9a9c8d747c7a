package org.auditbench.cli.tests;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.Assert.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.auditbench.model.CheckStatus;
import org.auditbench.model.MailServerKind;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * The request letters of the four Phase 1 findings, written by {@code auditbench letters} and read
 * back as a reader sees them, sentence by sentence against the founding letter.
 */
public class LetterContentTest {

    @ClassRule
    public static TemporaryFolder folder = new TemporaryFolder();

    private static Path letters;

    @BeforeClass
    public static void writeTheLetters() throws Exception {
        LetterCampaign campaign = new LetterCampaign(folder.getRoot().toPath().resolve("data"));
        campaign.withServer("Pfarrei St. Mariä Himmelfahrt", "st-maria.example", "mail.st-maria.example", "198.51.100.7",
                MailServerKind.EXCHANGE_ONPREM, 64500, "Kirchliche IT GmbH", CheckStatus.VULNERABLE);
        campaign.withServer("Caritasverband Köln", "caritas-koeln.example", "mail.caritas-koeln.example", "198.51.100.8",
                MailServerKind.EXCHANGE_ONPREM, 64500, "Kirchliche IT GmbH", CheckStatus.NOT_VULNERABLE);
        campaign.withServer("Jugendwerk Düsseldorf", "jugendwerk.example", "jugendwerk-example01i.mail.protection.outlook.com",
                "192.0.2.25", MailServerKind.MICROSOFT_365, 8075, "Microsoft Corporation", CheckStatus.NOT_APPLICABLE);
        campaign.withServer("Bischöfliche Schule Große Straße", "schule.example", "mx.schule.example", "203.0.113.9",
                MailServerKind.POSTFIX, 64501, "Stadtwerke Netz GmbH", CheckStatus.NOT_APPLICABLE);
        campaign.scanned();
        letters = folder.getRoot().toPath().resolve("letters");
        CliRun run = campaign.ok("letters", "1", "--date", "2021-04-26", "--deadline", "2021-05-31", "--out", letters.toString());
        assertThat(run.out(), containsString("4 letter(s) written"));
        try (var files = Files.list(letters)) {
            for (Path letter : files.toList()) {
                PdfText.keep(letter);
            }
        }
    }

    @Test
    public void fileNamesCarryTheFileNumberAndTheInstitutionWithUmlautsTransliterated() throws Exception {
        List<String> names;
        try (var files = Files.list(letters)) {
            names = files.map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertEquals(List.of("2021-EX-100_Pfarrei-St-Mariae-Himmelfahrt.pdf", "2021-EX-101_Caritasverband-Koeln.pdf",
                "2021-EX-102_Jugendwerk-Duesseldorf.pdf", "2021-EX-103_Bischoefliche-Schule-Grosse-Strasse.pdf"), names);
    }

    @Test
    public void everyVariantHasTheFoundingLettersParagraphsNotesAndSender() throws Exception {
        for (String file : List.of("2021-EX-100_Pfarrei-St-Mariae-Himmelfahrt.pdf", "2021-EX-101_Caritasverband-Koeln.pdf",
                "2021-EX-102_Jugendwerk-Duesseldorf.pdf", "2021-EX-103_Bischoefliche-Schule-Grosse-Strasse.pdf")) {
            String text = PdfText.of(letters.resolve(file));
            assertThat(file, text, containsString("Fax: 0231/138 985-22"));
            assertThat(file, text, containsString("Aufforderung zur Stellungnahme gem. § 5 Abs. 1 KDS-VwVfG"));
            assertThat(file, text, containsString("meldepflichtige Datenschutzverletzung nach § 33 KDG"));
            assertThat(file, text, containsString("Ihre Einrichtung gehört zu den uns bekannten Fällen."));
            assertThat(file, text, containsString("den Exchange Server neu aufzusetzen"));
            assertThat(file, text, containsString("ob das Backup auch von der Infektion betroffen ist"));
            assertThat(file, text, containsString("mit Hilfe des frei verfügbaren Tools „nmap“"));
            assertThat(file, text, containsString("über den Port 443 (noch) möglich sind"));
            assertThat(file, text, containsString("über das Telnet-Protokoll"));
            assertThat(file, text, containsString("gemäß § 44 Abs. 2 lit. b) KDG Auskunft zu erteilen"));
            assertThat(file, text, containsString("nach §§ 15, 16 KDG"));
            assertThat(file, text, containsString("Im Auftrag Dr. Erika Mustermann"));
            // the footnotes with their links (long links wrap, so compared without white space)
            String compact = text.replaceAll("\\s+", "");
            assertThat(file, compact, containsString("WeitereInformationenfindenSieunter:https://www.katholisches-datenschutzzentrum.de/informationspflichten/"));
            assertThat(file, compact, containsString("¹https://www.microsoft.com/security/blog/2021/03/02/hafnium-targeting-exchange-servers/"));
            assertThat(file, compact, containsString("²https://github.com/microsoft/CSS-Exchange/tree/main/Security"));
            assertThat(file, compact, containsString("³https://docs.microsoft.com/de-de/windows/security/threat-protection/intelligence/safety-scanner-download"));
            assertThat(file, compact, containsString("⁴https://www.bsi.bund.de/SharedDocs/Downloads/DE/BSI/Cyber-Sicherheit/Vorfaelle/Exchange-Schwachstellen-2021/MSExchange_Schwachstelle_Detektion_Reaktion.pdf"));
            assertThat(file, text, containsString("Microsoft Detektionsskript² und Microsoft Safety Scanner (MSERT)³"));
        }
    }

    @Test
    public void everyPageCarriesTheFileNumberAndItsNumberOfPages() throws Exception {
        Path pdf = letters.resolve("2021-EX-100_Pfarrei-St-Mariae-Himmelfahrt.pdf");
        int pages = PdfText.pages(pdf);
        assertThat("a letter of this length has more than one page", pages > 1, org.hamcrest.Matchers.is(true));
        for (int page = 1; page <= pages; page++) {
            String text = PdfText.page(pdf, page);
            assertThat("page " + page, text, containsString("Aktenzeichen: 2021-EX-100"));
            assertThat("page " + page, text, containsString("Seite " + page + " von " + pages));
        }
        assertEquals("Aufforderung zur Stellungnahme – Pfarrei St. Mariä Himmelfahrt (Az. 2021-EX-100)", PdfText.info(pdf, "Title"));
    }

    @Test
    public void theVulnerableVariantDoesNotAskWhetherExchangeIsUsed() throws Exception {
        String text = PdfText.of(letters.resolve("2021-EX-100_Pfarrei-St-Mariae-Himmelfahrt.pdf"));
        assertThat(text, containsString("Ergebnis des nmap-Scriptes: verwundbar"));
        assertThat(text, containsString("Sicherheitslücke in Ihrem System zum Zeitpunkt der Auswertung bestand"));
        assertThat(text, containsString("Als zweite Phase der Prüfung bitten wir Sie zur Verifizierung der oben genannten Schritte 2"));
        assertThat(text, containsString("Bitte erstellen Sie eine chronologische Abfolge der Aktivitäten"));
        assertThat(text, not(containsString("Sollten Sie keine Version")));
    }

    @Test
    public void thePatchedVariantAsksThePhase2Questions() throws Exception {
        String text = PdfText.of(letters.resolve("2021-EX-101_Caritasverband-Koeln.pdf"));
        assertThat(text, containsString("Ergebnis des nmap-Scriptes: i.O."));
        assertThat(text, containsString("nicht besteht, bzw. bereits geschlossen wurde (Schritt 1 der obigen Aufzählung)"));
        assertThat(text, containsString("Als zweite Phase der Prüfung"));
        assertThat(text, not(containsString("Sollten Sie keine Version")));
    }

    @Test
    public void theMicrosoft365VariantAsksForConfirmationOnly() throws Exception {
        String text = PdfText.of(letters.resolve("2021-EX-102_Jugendwerk-Duesseldorf.pdf"));
        assertThat(text, containsString("Ergebnis des telnet-Zugriffs: MS365"));
        assertThat(text, containsString("über Microsoft 365 betreiben"));
        assertThat(text, not(containsString("Als zweite Phase der Prüfung")));
        assertThat(text, not(containsString("Sollten Sie keine Version")));
    }

    @Test
    public void theNoExchangeVariantAsksOnceWhetherExchangeIsUsed() throws Exception {
        String text = PdfText.of(letters.resolve("2021-EX-103_Bischoefliche-Schule-Grosse-Strasse.pdf"));
        String question = "Sollten Sie keine Version von MS Exchange Server (lokal oder gehostet) nutzen";
        assertThat(text, containsString(question));
        assertEquals("printed once", text.indexOf(question), text.lastIndexOf(question));
        assertThat(text, containsString("Ansonsten beantworten Sie bitte unsere Fragen."));
        assertThat(text, containsString("Als zweite Phase der Prüfung"));
    }
}
