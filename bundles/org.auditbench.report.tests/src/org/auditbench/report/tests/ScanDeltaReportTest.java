package org.auditbench.report.tests;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.auditbench.core.BadInputException;
import org.auditbench.core.CampaignDesk;
import org.auditbench.report.ReportFormat;
import org.auditbench.report.ReportRequest;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * The delta report of a campaign scanned twice against real peers, Münster having moved from its unpatched
 * Exchange to Microsoft 365 in between: the improvement counted and shown with its changes, the others
 * summarised as unchanged.
 */
public class ScanDeltaReportTest {

    private static ScannedCampaign campaign;
    private static long followUpRunId;

    @BeforeClass
    public static void scanTwice() throws Exception {
        campaign = ScannedCampaign.start();
        followUpRunId = campaign.moveMuensterToMicrosoftAndRescan();
    }

    @AfterClass
    public static void stop() {
        if (campaign != null) {
            campaign.close();
        }
    }

    @Test
    public void germanPdfCountsTheImprovementAndShowsWhatChanged() throws Exception {
        String text = Outputs.pdfText(Outputs.run(campaign.session, "scan-delta", ReportRequest.campaign(campaign.campaignId)
                .locale(Locale.GERMAN), ReportFormat.PDF, "scan-delta_de.pdf"));
        String today = campaign.today.format(DateTimeFormatter.ofPattern("dd.MM.yyyy"));
        assertThat(text, containsString("Veränderungen zwischen Scans: Hafnium 2021"));
        assertThat("the last two runs by default", text, containsString("Scan-Lauf " + campaign.scanRunId + " vom " + today
                + " verglichen mit Scan-Lauf " + followUpRunId + " vom " + today));
        assertThat(text, containsString("Verbessert 1"));
        assertThat(text, containsString("Verschlechtert 0"));
        assertThat(text, containsString(ScannedCampaign.MUENSTER + " (2021-EX-001): eigener Exchange, verwundbar → Microsoft 365"));
        assertThat("per domain", text, containsString("muenster.test"));
        assertThat("the mail server before and after", line(text, "Mailserver mail.muenster.test"), containsString("Präferenz 10 –"));
        assertThat("Microsoft's server (its long name wraps)", line(text, "Mailserver muenster-"), containsString("– Präferenz 0"));
        // one classification line per address; the peers' addresses are drawn at random, and so is their order
        assertThat("the classification that changed", text.lines().filter(l -> l.contains("Einordnung")).toList(),
                hasItem(containsString("eigener Exchange-Server –")));
        assertThat("the CVE result gone with the server", line(text, "Prüfergebnis"), containsString("verwundbar –"));
        assertThat(text, containsString("Lauf " + campaign.scanRunId + " (" + today + ")"));
        assertThat("the unchanged by name", line(text, ScannedCampaign.KITA), containsString(ScannedCampaign.KOELN));
        assertThat(text, containsString("Seite 1 von"));
    }

    /** The English delta report, looked at as PNG too (target/reports/scan-delta_en.pdf). */
    @Test
    public void englishPdfHasEnglishLabelsAndBritishDates() throws Exception {
        String text = Outputs.pdfText(Outputs.run(campaign.session, "scan-delta", ReportRequest.campaign(campaign.campaignId)
                .locale(Locale.ENGLISH), ReportFormat.PDF, "scan-delta_en.pdf"));
        String today = campaign.today.format(DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK));
        assertThat(text, containsString("Scan delta: Hafnium 2021"));
        assertThat(text, containsString("Scan run " + campaign.scanRunId + " of " + today + " compared with scan run " + followUpRunId
                + " of " + today));
        assertThat(text, containsString("Improved 1"));
        assertThat(text, containsString(ScannedCampaign.MUENSTER + " (2021-EX-001): own Exchange, vulnerable → Microsoft 365"));
        assertThat(text, containsString("Page 1 of"));
        for (String german : List.of("Verbessert", "Einordnung", "Prüfergebnis", "Präferenz", "Seite", " vom ")) {
            assertThat("no German left", text, not(containsString(german)));
        }
    }

    @Test
    public void runsNamedInEitherOrderAndXlsxCells() throws Exception {
        byte[] xlsx = Outputs.run(campaign.session, "scan-delta", ReportRequest.campaign(campaign.campaignId)
                .runs(followUpRunId, campaign.scanRunId).locale(Locale.ENGLISH), ReportFormat.XLSX, "scan-delta_en.xlsx");
        List<String> cells = new ArrayList<>();
        List<String> counts = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Row row : workbook.getSheetAt(0)) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.STRING) {
                        cells.add(cell.getStringCellValue());
                    } else if (cell.getCellType() == CellType.NUMERIC) {
                        counts.add(cells.getLast() + " " + (long) cell.getNumericCellValue());
                    }
                }
            }
        }
        assertEquals("the counts are numbers next to their labels", List.of("Improved 1", "Regressed 0",
                "Changed, Phase 1 result the same 0", "Unchanged 3"),
                counts);
        assertTrue(cells.toString(), cells.contains(ScannedCampaign.MUENSTER + " (2021-EX-001): own Exchange, vulnerable → Microsoft 365"));
        assertTrue(cells.toString(), cells.contains("vulnerable"));
        assertTrue(cells.toString(), cells.contains("Microsoft 365"));
        assertTrue("the run compared with", cells.contains("Run " + campaign.scanRunId + " (" + campaign.today.format(
                DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK)) + ")"));
    }

    @Test
    public void aCampaignWithoutTwoRunsIsRefusedWithTheReason() throws Exception {
        long empty = new CampaignDesk(campaign.session).create("proxylogon-2021", "Ohne Scans").getId();
        BadInputException refused = assertThrows(BadInputException.class, () -> Outputs.run(campaign.session, "scan-delta",
                ReportRequest.campaign(empty), ReportFormat.PDF, "refused.pdf"));
        assertThat(refused.getMessage(), containsString("campaign " + empty + " has 0 scan run(s); the delta report compares two"));
    }

    private static String line(String text, String part) {
        return text.lines().filter(l -> l.contains(part)).findFirst().orElseThrow(() -> new AssertionError(part + " not in " + text));
    }
}
