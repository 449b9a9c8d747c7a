package org.auditbench.testing.peers;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** nmap as the reference for port states: {@code nmap -n -Pn -sT -p PORTS ADDRESSES -oX -}. */
public final class Nmap {

    /** The result of one nmap run: state per port per address ("open", "closed", "filtered"), and its time. */
    public record Result(Map<String, Map<Integer, String>> states, long millis) {
    }

    private Nmap() {
    }

    public static boolean installed() {
        return Processes.find("nmap") != null;
    }

    public static Result connectScan(Collection<String> addresses, Collection<Integer> ports) throws IOException {
        List<String> command = new ArrayList<>(List.of("nmap", "-n", "-Pn", "-sT", "-p",
                ports.stream().map(String::valueOf).collect(Collectors.joining(",")), "-oX", "-"));
        if (addresses.stream().anyMatch(a -> a.contains(":"))) {
            command.add("-6");
        }
        command.addAll(addresses);
        long start = System.nanoTime();
        String xml = Processes.run(command, null, 600);
        long millis = (System.nanoTime() - start) / 1_000_000;
        return new Result(parse(xml), millis);
    }

    static Map<String, Map<Integer, String>> parse(String xml) throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
            Map<String, Map<Integer, String>> states = new TreeMap<>();
            NodeList hosts = document.getElementsByTagName("host");
            for (int h = 0; h < hosts.getLength(); h++) {
                Element host = (Element) hosts.item(h);
                String address = ((Element) host.getElementsByTagName("address").item(0)).getAttribute("addr");
                Map<Integer, String> ports = new TreeMap<>();
                NodeList portList = host.getElementsByTagName("port");
                for (int p = 0; p < portList.getLength(); p++) {
                    Element port = (Element) portList.item(p);
                    Element state = (Element) port.getElementsByTagName("state").item(0);
                    ports.put(Integer.parseInt(port.getAttribute("portid")), state.getAttribute("state"));
                }
                // ports nmap folds into <extraports state="closed" count="n"> are listed by the caller's port list
                NodeList extra = host.getElementsByTagName("extraports");
                String folded = extra.getLength() == 0 ? null : ((Element) extra.item(0)).getAttribute("state");
                if (folded != null) {
                    ports.put(-1, folded);
                }
                states.put(address, ports);
            }
            return states;
        } catch (Exception e) {
            throw new IOException("cannot read nmap's XML output: " + e.getMessage(), e);
        }
    }

    /** The state of a port, taking nmap's folded "extraports" into account. */
    public static String state(Map<Integer, String> ports, int port) {
        return ports.getOrDefault(port, ports.get(-1));
    }
}
