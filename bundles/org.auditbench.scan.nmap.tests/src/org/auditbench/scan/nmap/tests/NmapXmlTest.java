package org.auditbench.scan.nmap.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.IOException;

import org.auditbench.model.CheckStatus;
import org.auditbench.scan.nmap.NmapReport;
import org.auditbench.scan.nmap.NmapRunner;
import org.auditbench.scan.nmap.NmapVerdict;
import org.auditbench.scan.nmap.NmapXml;
import org.junit.Test;

public class NmapXmlTest {

    private static String xml(String port) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE nmaprun>\n"
                + "<?xml-stylesheet href=\"file:///usr/bin/../share/nmap/nmap.xsl\" type=\"text/xsl\"?>\n"
                + "<nmaprun scanner=\"nmap\" args=\"nmap -n -Pn -sT -p 443\" version=\"7.93\" xmloutputversion=\"1.05\">"
                + "<host><status state=\"up\" reason=\"user-set\"/><address addr=\"127.0.30.7\" addrtype=\"ipv4\"/>"
                + "<ports>" + port + "</ports></host></nmaprun>\n";
    }

    private static String port(String state, String script) {
        return "<port protocol=\"tcp\" portid=\"443\"><state state=\"" + state + "\" reason=\"syn-ack\"/>"
                + "<service name=\"https\" method=\"table\" conf=\"3\"/>" + script + "</port>";
    }

    private static String vulnsScript(String state) {
        return "<script id=\"http-vuln-cve2021-26855\" output=\"&#xa;  " + state + ":&#xa;\"><table key=\"CVE-2021-26855\">"
                + "<elem key=\"title\">Exchange Server SSRF Vulnerability</elem><elem key=\"state\">" + state + "</elem>"
                + "<table key=\"ids\"><elem>CVE:CVE-2021-26855</elem></table></table></script>";
    }

    private static CheckStatus verdict(String xml) throws IOException {
        return NmapVerdict.of(new NmapRunner.Result("nmap ...", NmapXml.parse(xml), xml, ""), 443).status();
    }

    @Test
    public void readsPortsScriptsAndStates() throws IOException {
        NmapReport report = NmapXml.parse(xml(port("open", vulnsScript("VULNERABLE"))));
        assertEquals("7.93", report.version());
        NmapReport.Port p = report.ports().get(0);
        assertEquals(443, p.number());
        assertEquals("open", p.state());
        assertEquals("http-vuln-cve2021-26855", p.scripts().get(0).id());
        assertEquals("VULNERABLE", p.scripts().get(0).states().get(0));
    }

    @Test
    public void verdictsFollowTheVulnsState() throws IOException {
        assertEquals(CheckStatus.VULNERABLE, verdict(xml(port("open", vulnsScript("VULNERABLE")))));
        assertEquals(CheckStatus.VULNERABLE, verdict(xml(port("open", vulnsScript("LIKELY VULNERABLE")))));
        assertEquals(CheckStatus.NOT_VULNERABLE, verdict(xml(port("open", vulnsScript("NOT VULNERABLE")))));
        assertEquals(CheckStatus.UNDETERMINED, verdict(xml(port("open", vulnsScript("UNKNOWN (unable to test)")))));
        assertEquals(CheckStatus.VULNERABLE, verdict(xml(port("open", "<script id=\"x\" output=\"Host is VULNERABLE\"/>"))));
        assertEquals(CheckStatus.UNDETERMINED, verdict(xml(port("open", ""))));
        assertEquals(CheckStatus.UNREACHABLE, verdict(xml(port("filtered", ""))));
        assertEquals(CheckStatus.ERROR, verdict(xml("")));
        assertEquals(CheckStatus.UNREACHABLE, verdict(xml("<extraports state=\"closed\" count=\"1\"/>")));
    }

    @Test
    public void rejectsWhatIsNotNmapXml() {
        for (String bad : new String[] { "Starting Nmap 7.93", "<html/>",
                "<nmaprun><host><ports><port portid=\"x\"/></ports></host></nmaprun>" }) {
            try {
                NmapXml.parse(bad);
                fail("accepted: " + bad);
            } catch (IOException expected) {
                assertTrue(expected.getMessage(), expected.getMessage().contains("nmap output"));
            }
        }
    }

    @Test
    public void neverExpandsExternalEntities() {
        String hostile = "<?xml version=\"1.0\"?><!DOCTYPE nmaprun [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<nmaprun args=\"&x;\"/>";
        try {
            NmapReport r = NmapXml.parse(hostile);
            assertFalse(r.args(), r.args().contains("root:"));
        } catch (IOException refused) {
            assertTrue(refused.getMessage(), refused.getMessage().contains("nmap output"));
        }
    }

    @Test
    public void theCommandNeverResolvesOrPings() {
        String cmd = String.join(" ", new NmapRunner(java.nio.file.Path.of("/usr/bin/nmap"))
                .command(java.net.InetAddress.getLoopbackAddress(), java.util.List.of(443), "s.nse", "", java.time.Duration.ofSeconds(5)));
        assertTrue(cmd, cmd.startsWith("/usr/bin/nmap -n -Pn -sT -p 443 --script s.nse"));
        assertTrue(cmd, cmd.endsWith("-oX - 127.0.0.1"));
    }
}
