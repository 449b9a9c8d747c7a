package org.auditbench.scan.exchange;

import java.util.List;
import java.util.Map;

/** The requests sent to an endpoint, in this order; each on its own connection. */
public enum ProbeStep {
    /** OWA: the X-OWA-Version header (four parts, since the 2021 updates) and server headers. */
    OWA("/owa/", List.of()),
    /** The OWA login page: its /owa/auth/&lt;build&gt;/ paths name the cumulative update. */
    LOGON_PAGE("/owa/auth/logon.aspx", List.of()),
    /** The eDiscovery export tool manifest: version="&lt;four-part build&gt;". */
    EXPORT_TOOL("/ecp/Current/exporttool/microsoft.exchange.ediscovery.exporttool.application", List.of()),
    /** AutoDiscover answers (401 as a rule) with the X-OWA-Version header where OWA hides it. */
    AUTODISCOVER("/AutoDiscover/AutoDiscover.xml", List.of()),
    /** CVE-2021-26855 as Microsoft's nmap script asked it. */
    PROXY_LOGON("/owa/auth/x.js", List.of(Map.entry("Cookie",
            "X-AnonResource=true; X-AnonResource-Backend=localhost/ecp/default.flt?~3; "
                    + "X-BEResource=localhost/owa/auth/logon.aspx?~3;"))),
    /** CVE-2021-34473: 302 = vulnerable, 400 = patched. */
    PROXY_SHELL("/autodiscover/autodiscover.json?@test.com/owa/?&Email=autodiscover/autodiscover.json%3F@test.com",
            List.of()),
    /** CVE-2022-41040: 302 without "Protocol" in the body = vulnerable; only sent to a confirmed Exchange. */
    PROXY_NOT_SHELL("/autodiscover/autodiscover.json?a@foo.var/owa/?&Email=autodiscover/autodiscover.json?a@foo.var"
            + "&Protocol=XYZ&FooProtocol=Powershell", List.of());

    private final String target;
    private final List<Map.Entry<String, String>> headers;

    ProbeStep(String target, List<Map.Entry<String, String>> headers) {
        this.target = target;
        this.headers = headers;
    }

    public String target() {
        return target;
    }

    public List<Map.Entry<String, String>> headers() {
        return headers;
    }
}
