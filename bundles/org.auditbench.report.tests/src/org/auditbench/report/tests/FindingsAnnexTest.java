package org.auditbench.report.tests;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.auditbench.report.ReportFormat;
import org.auditbench.report.ReportRequest;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/** The findings annex of a campaign scanned against real peers: XLSX cells read back with their types, and the PDF. */
public class FindingsAnnexTest {

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

    @Test
    public void xlsxHasTypedCellsAFilterRowAndAFrozenHeader() throws Exception {
        byte[] xlsx = Outputs.run(campaign.session, "findings-annex", ReportRequest.campaign(campaign.campaignId).locale(Locale.GERMAN),
                ReportFormat.XLSX, "findings-annex_de.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            Row header = rowWith(sheet, "Mail-Domäne");
            Map<String, Integer> column = new HashMap<>();
            header.forEach(c -> column.put(c.getStringCellValue(), c.getColumnIndex()));
            Row muenster = rowWith(sheet, ScannedCampaign.MUENSTER);
            assertEquals("muenster.test", muenster.getCell(column.get("Mail-Domäne")).getStringCellValue());
            assertEquals("mail.muenster.test", muenster.getCell(column.get("Mailserver")).getStringCellValue());
            Cell as = muenster.getCell(column.get("AS-Nr."));
            assertEquals(CellType.NUMERIC, as.getCellType());
            assertEquals(64500, as.getNumericCellValue(), 0);
            assertEquals(CellType.NUMERIC, muenster.getCell(column.get("Prio.")).getCellType());
            assertThat(muenster.getCell(column.get("CVE-Ergebnis")).getStringCellValue(), containsString("CVE-2021-26855: verwundbar"));
            assertEquals("25, 443", muenster.getCell(column.get("Freigegebene Ports")).getStringCellValue());
            assertEquals("eigener Exchange-Server", muenster.getCell(column.get("SMTP-Ergebnis")).getStringCellValue());
            Cell checked = muenster.getCell(column.get("Datum der Auswertung"));
            assertEquals(CellType.NUMERIC, checked.getCellType());
            assertTrue("a date cell", DateUtil.isCellDateFormatted(checked));
            assertEquals(campaign.today, checked.getLocalDateTimeCellValue().toLocalDate());
            assertThat(rowWith(sheet, ScannedCampaign.KOELN).getCell(column.get("CVE-Ergebnis")).getStringCellValue(),
                    containsString("CVE-2021-26855: i.O."));
            assertEquals("Microsoft Corporation", rowWith(sheet, ScannedCampaign.MARIEN).getCell(column.get("Provider")).getStringCellValue());
            assertTrue("the header row is frozen", sheet.getPaneInformation() != null && sheet.getPaneInformation().isFreezePane());
            String sheetXml = Outputs.zipEntry(xlsx, "xl/worksheets/sheet1.xml");
            int headerLine = header.getRowNum() + 1;
            assertTrue("a filter on the header row: " + sheetXml, sheetXml.matches("(?s).*<autoFilter ref=\"A" + headerLine + ":P[0-9]+\".*"));
        }
    }

    @Test
    public void pdfOfTheScanRunListsEveryServerWithItsDate() throws Exception {
        byte[] pdf = Outputs.run(campaign.session, "findings-annex", ReportRequest.scanRun(campaign.scanRunId).locale(Locale.ENGLISH),
                ReportFormat.PDF, "findings-annex_en.pdf");
        String text = Outputs.pdfText(pdf);
        String today = campaign.today.format(DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK));
        assertThat(text, containsString("Findings annex – Hafnium 2021"));
        assertThat(text, containsString("Scan results of " + today));
        assertThat(text, containsString("mail.muenster.test"));
        assertThat(text, containsString("test.mail.protection.outlook.com"));
        assertThat(text, containsString("Kitanet eG"));
        assertThat(text, containsString("Page 1 of 1"));
    }

    private static Row rowWith(XSSFSheet sheet, String text) {
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
