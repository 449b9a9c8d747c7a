package org.auditbench.report.tests;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.Assert.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.auditbench.core.BadInputException;
import org.auditbench.report.ReportFormat;
import org.auditbench.report.ReportRequest;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * The dossier of an institution of a campaign scanned against real peers and taken through the workflow,
 * read back as a reader sees it: every section with its dates, German and English, PDF and DOCX.
 */
public class InstitutionDossierTest {

    private static final DateTimeFormatter GERMAN = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static ScannedCampaign campaign;

    @BeforeClass
    public static void scanTheCampaign() throws Exception {
        campaign = ScannedCampaign.start();
    }

    @AfterClass
    public static void stop() {
        if (campaign != null) {
            campaign.close();
        }
    }

    private static String day(LocalDate date) {
        return date.format(GERMAN);
    }

    @Test
    public void germanCaseDossierPrintsEverySectionWithItsDates() throws Exception {
        byte[] pdf = Outputs.run(campaign.session, "institution-dossier",
                ReportRequest.auditCase(campaign.campaignId, campaign.id(ScannedCampaign.KOELN)).locale(Locale.GERMAN),
                ReportFormat.PDF, "institution-dossier_de.pdf");
        String text = Outputs.pdfText(pdf);
        String today = day(campaign.today);
        assertThat(text, containsString("Akte: " + ScannedCampaign.KOELN));
        assertThat(text, containsString("Aktenzeichen 2021-EX-002 · Stand: " + today));
        assertThat(text, containsString("Scan-Ergebnisse vom " + today));
        assertThat(text, containsString("Mail-Domains koeln-sued.test"));
        assertThat("the run with its date and campaign", text,
                containsString("Scan-Lauf " + campaign.scanRunId + " vom " + today + ", Hafnium 2021 (abgeschlossen)"));
        // a long cell wraps within its column (at blanks and after hyphens): the last column reads on below
        String flat = text.replaceAll("\\s+", " ").replace("- ", "-");
        assertThat("the mail server with address, provider, kind and open ports", flat,
                containsString("mail.koeln-sued.test (10) 127.0.3"));
        assertThat(flat, containsString(" · Stadtnetz Westfalen GmbH (AS64500) · eigener Exchange-Server · 25, 443"));
        assertThat("a finding with its date and verdict, as the founding letter writes it", line(text, "CVE-2021-26855"),
                containsString(today + " CVE-2021-26855 mail.koeln-sued.test i.O.: CVE-2021-26855 (ProxyLogon)"));
        assertThat("an excerpt of the evidence", flat, containsString("endpoint mail.koeln-sued.test 127.0.3"));
        assertThat("the letter with written, sent and deadline dates", line(text, "Aufforderung zur"),
                containsString(today + " Aufforderung zur " + today + " " + day(campaign.today.plusDays(30))));
        assertThat(flat, containsString("Stellungnahme (letter-" + campaign.id(ScannedCampaign.KOELN) + ".pdf)"));
        assertThat(text, containsString("Stellungnahme vom " + today + ": Antwort"));
        assertThat(text, containsString("Überwachung Firewall-Protokolle werden täglich ausgewertet"));
        assertThat("chronology of measures", text, containsString(day(campaign.today.minusDays(1))
                + " Sicherheitsupdate installiert: PATCH_INSTALLED"));
        assertThat(text, containsString(day(campaign.today.minusDays(1)) + " MSERT-Prüfung: MSERT"));
        assertThat("attachments by name", text, containsString(ScannedCampaign.ATTACHMENT + " (18 B)"));
        assertThat(text, containsString("Festgestellte Lücken (Stand: " + today + ")"));
        assertThat(text, containsString("Ergebnis der Bewertung Nachbesserung nötig"));
        assertThat(text, containsString("Begründung MSERT-Protokoll fehlt"));
        assertThat("follow-up with its due date", text,
                containsString(day(campaign.today.plusDays(14)) + " Protokoll des MSERT-Laufs nachreichen (Erledigt: nein)"));
        assertThat("the case's audit trail", text, containsString("Verlauf des Falls (Audit-Trail)"));
        assertThat("the steps in words", text, containsString("pruefer bewertet Stellungnahme eingegangen \u2192 bewertet"));
        assertThat(text, containsString("pruefer Schreiben versandt Schreiben erstellt \u2192 Schreiben versandt"));
        assertThat("no step by its id", text, not(containsString("case.letter-sent")));
        assertThat("no state by its id", text, not(containsString("LETTER_SENT")));
        assertThat(text, containsString("Seite 1 von"));
        assertThat("another institution's results stay out", text, not(containsString("muenster.test")));
        for (String font : Outputs.pdfFonts(pdf).lines().skip(2).toList()) {
            assertThat("every font embedded: " + font, font, containsString(" yes "));
        }
    }

    /**
     * The trail's details read in the report's language, though core's workflow stores them in its English terms;
     * a detail an older version wrote otherwise, or a step this version does not know, is shown as stored.
     */
    @Test
    public void theTrailsDetailsReadInTheReportsLanguageAndUnknownOnesAsStored() throws Exception {
        long marien = caseOf(ScannedCampaign.MARIEN);
        campaign.session.store().auditTrail().record("case.letter-sent", "AuditCase", marien, "LETTER_GENERATED -> LETTER_SENT; sent by fax");
        campaign.session.store().auditTrail().record("case.imported", "AuditCase", marien, "from the register of 2019");
        String today = day(campaign.today);
        List<String> german = cells(ScannedCampaign.KOELN, Locale.GERMAN);
        assertThat(german, hasItem("bekannter Fall (Liste aus known.txt): " + ScannedCampaign.KOELN));
        assertThat(german, hasItem("ausgew\u00e4hlt \u2192 gepr\u00fcft; Scan-Lauf " + campaign.scanRunId));
        assertThat(german, hasItem("gepr\u00fcft \u2192 Schreiben erstellt; letter-" + campaign.id(ScannedCampaign.KOELN) + ".pdf"));
        assertThat(german, hasItem("Schreiben erstellt \u2192 Schreiben versandt; versandt am " + today + ", Frist "
                + day(campaign.today.plusDays(30))));
        assertThat(german, hasItem("Schreiben versandt \u2192 Stellungnahme eingegangen; Antwort, eingegangen am " + today
                + ", 2 Ma\u00dfnahmen, 1 Anlage"));
        assertThat(german, hasItem("Stellungnahme eingegangen \u2192 bewertet; Nachbesserung n\u00f6tig: MSERT-Protokoll fehlt"));
        assertThat(cells(ScannedCampaign.MARIEN, Locale.GERMAN), hasItem("Schreiben versandt \u2192 Stellungnahme eingegangen;"
                + " kein Exchange im Einsatz, eingegangen am " + today + ", keine Ma\u00dfnahmen, keine Anlagen"));

        DateTimeFormatter english = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
        List<String> words = cells(ScannedCampaign.KOELN, Locale.ENGLISH);
        assertThat(words, hasItem("known case (list from known.txt): " + ScannedCampaign.KOELN));
        assertThat(words, hasItem("selected \u2192 scanned; scan run " + campaign.scanRunId));
        assertThat(words, hasItem("letter generated \u2192 letter sent; sent on " + campaign.today.format(english) + ", deadline "
                + campaign.today.plusDays(30).format(english)));
        assertThat(words, hasItem("letter sent \u2192 statement received; answer, received on " + campaign.today.format(english)
                + ", 2 measures, 1 attachment"));
        assertThat(words, hasItem("statement received \u2192 assessed; follow-up needed: MSERT-Protokoll fehlt"));

        List<String> older = cells(ScannedCampaign.MARIEN, Locale.GERMAN);
        assertThat("the states in words, the rest as stored", older, hasItem("Schreiben erstellt \u2192 Schreiben versandt; sent by fax"));
        assertThat("a step of another version as stored", older, hasItem("case.imported"));
        assertThat(older, hasItem("from the register of 2019"));
    }

    /**
     * A heading or a table header never stays alone at the foot of a page: with the data of this case the letters'
     * section starts right at a page break, and its heading and header went to the end of the page before.
     */
    @Test
    public void noPageEndsWithAHeadingOrATableHeader() throws Exception {
        String text = Outputs.pdfText(Outputs.run(campaign.session, "institution-dossier",
                ReportRequest.auditCase(campaign.campaignId, campaign.id(ScannedCampaign.KOELN)).locale(Locale.GERMAN),
                ReportFormat.PDF, "institution-dossier_de.pdf"));
        List<String> headings = List.of("Schreiben", "Erstellt Schreiben Versandt Frist", "Stellungnahmen", "Scan-Läufe",
                "Datum Prüfung Ziel Ergebnis", "Wann Wer Schritt Einzelheiten");
        String[] pages = text.split("\f");
        assertThat("the dossier breaks across pages", pages.length, greaterThan(2));
        for (String page : pages) {
            List<String> body = page.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
            if (body.size() > 1) {
                String last = body.get(body.size() - 2); // the last line is the footer
                assertThat("the end of a page: " + last, headings, not(hasItem(last)));
            }
        }
    }

    @Test
    public void institutionDossierCoversItsCasesAndSaysWhatIsMissing() throws Exception {
        String text = Outputs.pdfText(Outputs.run(campaign.session, "institution-dossier",
                ReportRequest.institution(campaign.id(ScannedCampaign.MUENSTER)).locale(Locale.GERMAN).asOf(campaign.today.plusDays(31)),
                ReportFormat.PDF, "institution-dossier-muenster_de.pdf"));
        assertThat(text, containsString("Prüfaktion Hafnium 2021"));
        assertThat(line(text, "CVE-2021-26855"), containsString("verwundbar: CVE-2021-26855"));
        assertThat("overdue on the day asked about", text, containsString(day(campaign.today.plusDays(30)) + ", überfällig am "
                + day(campaign.today.plusDays(31))));
        assertThat(text, containsString("Keine Stellungnahme eingegangen."));
        assertThat(text, containsString("Noch nicht bewertet."));
    }

    @Test
    public void englishDossierAndDocx() throws Exception {
        ReportRequest request = ReportRequest.auditCase(campaign.campaignId, campaign.id(ScannedCampaign.KOELN)).locale(Locale.ENGLISH);
        String text = Outputs.pdfText(Outputs.run(campaign.session, "institution-dossier", request, ReportFormat.PDF,
                "institution-dossier_en.pdf"));
        assertThat(text, containsString("Dossier: " + ScannedCampaign.KOELN));
        assertThat(text, containsString(campaign.today.minusDays(1).format(DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK))
                + " security update installed: PATCH_INSTALLED"));
        assertThat(text, containsString("Page 1 of"));
        assertThat(text, containsString("letter generated \u2192 letter sent"));
        assertThat(text, not(containsString("Stellungnahme vom")));
        byte[] docx = Outputs.run(campaign.session, "institution-dossier",
                ReportRequest.auditCase(campaign.campaignId, campaign.id(ScannedCampaign.KOELN)).locale(Locale.GERMAN),
                ReportFormat.DOCX, "institution-dossier_de.docx");
        assertThat("the words around the page numbers in Word's footer", Outputs.docxFooter(docx),
                endsWith("Seite {PAGE} von {NUMPAGES}"));
        String document = Outputs.zipEntry(docx, "word/document.xml");
        assertThat(document, containsString("Akte: " + ScannedCampaign.KOELN));
        assertThat(document, containsString(ScannedCampaign.ATTACHMENT));
        assertThat(document, containsString("Protokoll des MSERT-Laufs nachreichen"));
    }

    /** Word's rules for the XML; in LibreOffice the footer read "Seite4 von 5" (the words in cells without margins). */
    @Test
    public void docxIsValidAndItsFooterReadsAsWordsInLibreOffice() throws Exception {
        for (Locale locale : List.of(Locale.GERMAN, Locale.ENGLISH)) {
            byte[] docx = Outputs.run(campaign.session, "institution-dossier",
                    ReportRequest.auditCase(campaign.campaignId, campaign.id(ScannedCampaign.KOELN)).locale(locale),
                    ReportFormat.DOCX, "institution-dossier_" + locale.getLanguage() + ".docx");
            DocxStructure.assertValid(docx);
            String text = Outputs.libreOfficeText(docx);
            if (locale == Locale.GERMAN) {
                Outputs.assertPageFooters(text, "Seite", "von");
            } else {
                Outputs.assertPageFooters(text, "Page", "of");
            }
        }
    }

    @Test
    public void aCampaignIsNotADossiersScope() {
        BadInputException refused = assertThrows(BadInputException.class, () -> Outputs.run(campaign.session, "institution-dossier",
                ReportRequest.campaign(campaign.campaignId), ReportFormat.PDF, "refused.pdf"));
        assertThat(refused.getMessage(), containsString("runs on case or institution, not on campaign"));
    }

    /** The id of the case of institution {@code name}. */
    private static long caseOf(String name) {
        long institution = campaign.id(name);
        return campaign.session.store().campaigns().load(campaign.campaignId).orElseThrow().getCases().stream()
                .filter(c -> c.getInstitution().getId() == institution).findFirst().orElseThrow().getId();
    }

    /** The texts of the table cells of the case dossier of {@code name} in HTML, as a reader sees them. */
    private static List<String> cells(String name, Locale locale) throws Exception {
        String html = new String(Outputs.run(campaign.session, "institution-dossier",
                ReportRequest.auditCase(campaign.campaignId, campaign.id(name)).locale(locale), ReportFormat.HTML,
                "institution-dossier_" + locale.getLanguage() + ".html"), StandardCharsets.UTF_8);
        Matcher cell = Pattern.compile("<td[^>]*>(.*?)</td>", Pattern.DOTALL).matcher(html);
        List<String> cells = new ArrayList<>();
        while (cell.find()) {
            cells.add(Outputs.htmlText(cell.group(1)));
        }
        return cells;
    }

    private static String line(String text, String part) {
        return text.lines().filter(l -> l.contains(part)).findFirst().orElseThrow(() -> new AssertionError(part + " not in " + text));
    }
}
