package org.auditbench.report.internal.docx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.w3c.dom.Document;
import org.xml.sax.SAXException;

/**
 * Copies a DOCX written by BIRT's emitter with its document, header and footer parts made valid
 * WordprocessingML ({@link WordprocessingRepair}); every other part is copied as it is.
 */
public final class DocxRepair {

    private DocxRepair() {
    }

    public static void repair(byte[] docx, OutputStream out) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx)); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                if (isTextPart(entry.getName())) {
                    content = repairPart(content, entry.getName());
                }
                zip.putNextEntry(new ZipEntry(entry.getName()));
                zip.write(content);
                zip.closeEntry();
            }
            zip.finish();
        }
    }

    private static boolean isTextPart(String name) {
        return name.matches("word/(document|header\\d*|footer\\d*)\\.xml");
    }

    private static byte[] repairPart(byte[] xml, String name) throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document part = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
            WordprocessingRepair.repair(part);
            part.setXmlStandalone(true);
            Transformer transformer = TransformerFactory.newInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            ByteArrayOutputStream repaired = new ByteArrayOutputStream(xml.length + 1024);
            transformer.transform(new DOMSource(part), new StreamResult(repaired));
            return repaired.toByteArray();
        } catch (ParserConfigurationException | SAXException | TransformerException e) {
            throw new IOException("the report's DOCX part " + name + " cannot be repaired: " + e.getMessage(), e);
        }
    }
}
