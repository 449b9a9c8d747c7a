package org.auditbench.report.tests;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.io.ByteArrayInputStream;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.auditbench.core.BadInputException;
import org.auditbench.report.ReportFormat;
import org.auditbench.report.ReportRequest;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * The campaign compliance overview of a campaign scanned against real peers, in every format it offers,
 * read back as a reader sees it.
 */
public class CampaignOverviewTest {

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

    private static byte[] overview(ReportFormat format, Locale locale, String keepAs) throws Exception {
        return Outputs.run(campaign.session, "campaign-overview", ReportRequest.campaign(campaign.campaignId).locale(locale)
                .asOf(campaign.today.plusDays(31)), format, keepAs);
    }

    @Test
    public void germanPdfPrintsTheFiguresFindingsAndDatesWithEmbeddedFonts() throws Exception {
        byte[] pdf = overview(ReportFormat.PDF, Locale.GERMAN, "campaign-overview_de.pdf");
        String text = Outputs.pdfText(pdf);
        String today = campaign.today.format(DateTimeFormatter.ofPattern("dd.MM.yyyy"));
        String asOf = campaign.today.plusDays(31).format(DateTimeFormatter.ofPattern("dd.MM.yyyy"));
        assertThat(text, containsString("Hafnium 2021"));
        assertThat(text, containsString("Stand: " + asOf));
        assertThat(text, containsString("Scan-Ergebnisse vom " + today));
        assertThat(text, containsString("Einrichtungen in der Prüfaktion 4"));
        assertThat(text, containsString("Eingegangene Stellungnahmen 2"));
        assertThat("Münster and the Kita have not answered by the deadline", text,
                containsString("Überfällig (Frist verstrichen, keine Antwort) 2"));
        assertThat(text, containsString("Offene Folgemaßnahmen 1"));
        assertThat(text, containsString("eigener Exchange, verwundbar 1"));
        assertThat(text, containsString("eigener Exchange, gepatcht 1"));
        assertThat(text, containsString("Microsoft 365 1"));
        assertThat(text, containsString("kein Exchange gesehen 1"));
        assertThat(text, containsString("Stadtnetz Westfalen GmbH (AS64500) 2"));
        assertThat(text, containsString("Nachbesserung nötig 1"));
        assertThat(text, containsString("kein Exchange angegeben, Exchange gemessen 1"));
        assertThat("claimed vs measured", line(text, ScannedCampaign.MARIEN + " kein Exchange"),
                containsString(ScannedCampaign.MARIEN + " kein Exchange im " + today + " Microsoft 365 " + today));
        String deadline = campaign.today.plusDays(30).format(DateTimeFormatter.ofPattern("dd.MM.yyyy"));
        assertThat("state, finding, scan date, deadline, overdue", line(text, ScannedCampaign.MUENSTER),
                containsString(ScannedCampaign.MUENSTER + " 2021-EX-001 Schreiben eigener Exchange, " + today + " " + deadline + " überfällig"));
        assertThat(text, containsString("Grundschule Köln-Süd"));
        assertThat(text, containsString("Seite 1 von"));
        String fonts = Outputs.pdfFonts(pdf);
        assertThat(fonts, containsString("DejaVuSans"));
        for (String line : fonts.lines().skip(2).toList()) {
            assertThat("every font embedded: " + line, line, containsString(" yes "));
        }
    }

    @Test
    public void englishPdfHasEnglishLabelsAndBritishDates() throws Exception {
        String text = Outputs.pdfText(overview(ReportFormat.PDF, Locale.ENGLISH, "campaign-overview_en.pdf"));
        String today = campaign.today.format(DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK));
        assertThat(text, containsString("Campaign compliance overview"));
        assertThat(text, containsString("Scan results of " + today));
        assertThat(text, containsString("Statements received 2"));
        assertThat(text, containsString("own Exchange, vulnerable 1"));
        assertThat(text, containsString("follow-up needed 1"));
        assertThat(text, containsString("Page 1 of"));
        assertThat(text, not(containsString("Stellungnahme")));
    }

    @Test
    public void xlsxHoldsNumbersAsNumbersAndDatesAsDates() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(
                overview(ReportFormat.XLSX, Locale.GERMAN, "campaign-overview_de.xlsx")))) {
            Sheet sheet = workbook.getSheetAt(0);
            Row institutions = find(sheet, "Eingegangene Stellungnahmen");
            Cell count = institutions.getCell(institutions.getFirstCellNum() + 1);
            assertEquals(CellType.NUMERIC, count.getCellType());
            assertEquals(2.0, count.getNumericCellValue(), 0);
            Row muenster = find(sheet, ScannedCampaign.MUENSTER);
            List<Cell> dates = new ArrayList<>();
            muenster.forEach(c -> {
                if (c.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(c)) {
                    dates.add(c);
                }
            });
            assertEquals("scan date and deadline are dates: " + muenster, 2, dates.size());
            assertEquals(campaign.today, dates.get(0).getLocalDateTimeCellValue().toLocalDate());
            assertEquals(campaign.today.plusDays(30), dates.get(1).getLocalDateTimeCellValue().toLocalDate());
        }
    }

    /** Word's rules for the XML; in LibreOffice the footer read "Seite1 von 3" (the words in cells without margins). */
    @Test
    public void docxIsValidAndItsFooterReadsAsWordsInLibreOffice() throws Exception {
        byte[] docx = overview(ReportFormat.DOCX, Locale.GERMAN, "campaign-overview_de.docx");
        DocxStructure.assertValid(docx);
        Outputs.assertPageFooters(Outputs.libreOfficeText(docx), "Seite", "von");
    }

    @Test
    public void docxAndHtmlCarryTheSameFigures() throws Exception {
        byte[] docx = overview(ReportFormat.DOCX, Locale.GERMAN, "campaign-overview_de.docx");
        assertThat(Outputs.docxFooter(docx), endsWith("Seite {PAGE} von {NUMPAGES}"));
        String document = Outputs.zipEntry(docx, "word/document.xml");
        assertThat(document, containsString("Übersicht zur Prüfaktion"));
        assertThat(document, containsString(ScannedCampaign.KOELN));
        String html = new String(overview(ReportFormat.HTML, Locale.GERMAN, "campaign-overview_de.html"), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(html, containsString("Kita Sonnenschein"));
        assertThat(html, containsString("eigener Exchange, gepatcht"));
    }

    @Test
    public void anotherScopeOrAnUnofferedFormatIsRefusedWithTheReason() {
        BadInputException scope = assertThrows(BadInputException.class, () -> Outputs.run(campaign.session, "campaign-overview",
                ReportRequest.institution(campaign.id(ScannedCampaign.KITA)), ReportFormat.PDF, "refused.pdf"));
        assertThat(scope.getMessage(), containsString("runs on campaign, not on institution"));
        BadInputException missing = assertThrows(BadInputException.class, () -> Outputs.run(campaign.session, "campaign-overview",
                ReportRequest.campaign(999), ReportFormat.PDF, "refused.pdf"));
        assertThat(missing.getMessage(), containsString("there is no campaign 999"));
    }

    /** The first line of the text that contains {@code start}. */
    private static String line(String text, String start) {
        return text.lines().filter(l -> l.contains(start)).findFirst().orElseThrow(() -> new AssertionError(start + " not in " + text));
    }

    private static Row find(Sheet sheet, String text) {
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(text)) {
                    return row;
                }
            }
        }
        throw new AssertionError("no row with '" + text + "'");
    }
}
