package org.auditbench.cli.tests;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.lessThan;
import static org.junit.Assert.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.auditbench.model.CheckStatus;
import org.auditbench.model.MailServerKind;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The mail merge: all letters of a campaign in one run, one file per case (PDF or DOCX) and one combined
 * PDF for printing, the letters in the order of the cases.
 */
public class MailMergeTest {

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    private LetterCampaign campaign;
    private Path letters;

    @Before
    public void threeScannedCases() throws Exception {
        campaign = new LetterCampaign(folder.getRoot().toPath().resolve("data"));
        campaign.withServer("Caritasverband Köln", "caritas-koeln.example", "mail.caritas-koeln.example", "198.51.100.8",
                MailServerKind.EXCHANGE_ONPREM, 64500, "Kirchliche IT GmbH", CheckStatus.NOT_VULNERABLE);
        campaign.withServer("Jugendwerk Düsseldorf", "jugendwerk.example", "jugendwerk-example01i.mail.protection.outlook.com",
                "192.0.2.25", MailServerKind.MICROSOFT_365, 8075, "Microsoft Corporation", CheckStatus.NOT_APPLICABLE);
        campaign.withServer("Schule Große Straße", "schule.example", "mx.schule.example", "203.0.113.9",
                MailServerKind.POSTFIX, 64501, "Stadtwerke Netz GmbH", CheckStatus.NOT_APPLICABLE);
        campaign.scanned();
        letters = folder.getRoot().toPath().resolve("letters");
    }

    @Test
    public void theCombinedPdfHoldsEveryLetterInOrder() throws Exception {
        Path combined = folder.getRoot().toPath().resolve("print/alle.pdf");
        CliRun run = campaign.ok("letters", "1", "--combined", combined.toString(), "--out", letters.toString());
        assertThat(run.out(), containsString("combined PDF for printing: " + combined));
        int pages = 0;
        for (String name : List.of("2021-EX-100_Caritasverband-Koeln.pdf", "2021-EX-101_Jugendwerk-Duesseldorf.pdf",
                "2021-EX-102_Schule-Grosse-Strasse.pdf")) {
            pages += PdfText.pages(letters.resolve(name));
        }
        assertEquals("every page of every letter", pages, PdfText.pages(combined));
        PdfText.keep(combined);
        String text = PdfText.of(combined);
        int first = text.indexOf("Caritasverband Köln");
        int second = text.indexOf("Jugendwerk Düsseldorf");
        int third = text.indexOf("Schule Große Straße");
        assertThat(first, lessThan(second));
        assertThat(second, lessThan(third));
        assertThat("fonts embedded", PdfText.run("pdffonts", combined.toString()), containsString("DejaVuSans"));
    }

    @Test
    public void docxLettersAreCompleteOfficeDocumentsAndPrintAsOnePdf() throws Exception {
        Path combined = folder.getRoot().toPath().resolve("alle.pdf");
        campaign.ok("letters", "1", "--format", "docx", "--combined", combined.toString(), "--out", letters.toString());
        List<String> names;
        try (var files = Files.list(letters)) {
            names = files.map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertEquals(List.of("2021-EX-100_Caritasverband-Koeln.docx", "2021-EX-101_Jugendwerk-Duesseldorf.docx",
                "2021-EX-102_Schule-Grosse-Strasse.docx"), names);
        PdfText.keep(letters.resolve("2021-EX-100_Caritasverband-Koeln.docx"));
        Map<String, byte[]> parts = unzip(letters.resolve("2021-EX-100_Caritasverband-Koeln.docx"));
        String body = text(xml(parts.get("word/document.xml")));
        assertThat(body, containsString("Caritasverband Köln"));
        assertThat(body, containsString("Ergebnis des nmap-Scriptes:"));
        assertThat(body, containsString("gemäß § 44 Abs. 2 lit. b) KDG"));
        assertThat("every part the document refers to is in the package", missingParts(parts), empty());
        String print = PdfText.of(combined);
        for (String institution : List.of("Caritasverband Köln", "Jugendwerk Düsseldorf", "Schule Große Straße")) {
            assertThat("the printed copy of every DOCX letter", print, containsString(institution));
        }
    }

    /** Parts named by the content types and by the document's relationships that the package lacks. */
    private static List<String> missingParts(Map<String, byte[]> parts) throws Exception {
        List<String> missing = new ArrayList<>();
        NodeList overrides = xml(parts.get("[Content_Types].xml")).getElementsByTagName("Override");
        for (int i = 0; i < overrides.getLength(); i++) {
            String part = ((Element) overrides.item(i)).getAttribute("PartName").substring(1);
            if (!parts.containsKey(part)) {
                missing.add(part);
            }
        }
        NodeList relations = xml(parts.get("word/_rels/document.xml.rels")).getElementsByTagName("Relationship");
        for (int i = 0; i < relations.getLength(); i++) {
            Element relation = (Element) relations.item(i);
            if (!"External".equals(relation.getAttribute("TargetMode")) && !parts.containsKey("word/" + relation.getAttribute("Target"))) {
                missing.add("word/" + relation.getAttribute("Target"));
            }
        }
        for (Map.Entry<String, byte[]> part : parts.entrySet()) {
            if (part.getKey().endsWith(".xml") || part.getKey().endsWith(".rels")) {
                xml(part.getValue()); // every XML part must be well-formed
            }
        }
        return missing;
    }

    private static Map<String, byte[]> unzip(Path docx) throws IOException {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(docx))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null;) {
                parts.put(entry.getName(), zip.readAllBytes());
            }
        }
        return parts;
    }

    private static Document xml(byte[] bytes) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
    }

    private static String text(Document document) {
        NodeList runs = document.getElementsByTagNameNS("*", "t");
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < runs.getLength(); i++) {
            text.append(runs.item(i).getTextContent());
        }
        return text.toString();
    }
}
