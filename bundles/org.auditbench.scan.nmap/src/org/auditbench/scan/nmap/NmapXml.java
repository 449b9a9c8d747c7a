package org.auditbench.scan.nmap;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/** Reads nmap's XML output. External entities and DTDs are never loaded (the output names nmap.dtd). */
public final class NmapXml {

    private NmapXml() {
    }

    /** @throws IOException naming the problem when the text is not nmap XML */
    public static NmapReport parse(String xml) throws IOException {
        Document doc;
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setExpandEntityReferences(false);
            DocumentBuilder builder = f.newDocumentBuilder();
            builder.setErrorHandler(null);
            doc = builder.parse(new InputSource(new StringReader(xml)));
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("nmap output is not well-formed XML: " + e.getMessage(), e);
        }
        Element root = doc.getDocumentElement();
        if (!"nmaprun".equals(root.getTagName())) {
            throw new IOException("nmap output has root <" + root.getTagName() + ">, expected <nmaprun>");
        }
        List<NmapReport.Port> ports = new ArrayList<>();
        for (Element port : children(root.getElementsByTagName("port"))) {
            String state = children(port.getElementsByTagName("state")).stream().findFirst().map(s -> s.getAttribute("state"))
                    .orElse("");
            List<NmapReport.Script> scripts = new ArrayList<>();
            for (Element script : children(port.getElementsByTagName("script"))) {
                List<String> states = new ArrayList<>();
                for (Element elem : children(script.getElementsByTagName("elem"))) {
                    if ("state".equals(elem.getAttribute("key"))) {
                        states.add(elem.getTextContent().trim());
                    }
                }
                scripts.add(new NmapReport.Script(script.getAttribute("id"), script.getAttribute("output"), states));
            }
            int number;
            try {
                number = Integer.parseInt(port.getAttribute("portid"));
            } catch (NumberFormatException e) {
                throw new IOException("nmap output has a port without number: '" + port.getAttribute("portid") + "'");
            }
            ports.add(new NmapReport.Port(number, port.getAttribute("protocol"), state, scripts));
        }
        String folded = children(root.getElementsByTagName("extraports")).stream().findFirst()
                .map(e -> e.getAttribute("state")).orElse("");
        boolean timedOut = children(root.getElementsByTagName("host")).stream().anyMatch(h -> "true".equals(h.getAttribute("timedout")));
        return new NmapReport(root.getAttribute("version"), root.getAttribute("args"), ports, folded, timedOut);
    }

    private static List<Element> children(NodeList nodes) {
        List<Element> list = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node n = nodes.item(i);
            if (n instanceof Element e) {
                list.add(e);
            }
        }
        return list;
    }
}
