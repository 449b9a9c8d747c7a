package org.auditbench.testing.exchange;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.auditbench.testing.exchange.ExchangeStandIn.AutodiscoverAnswer;
import org.auditbench.testing.exchange.ExchangeStandIn.Builder;
import org.auditbench.testing.exchange.ExchangeStandIn.Mode;

/** The HTTP answers of the stand-in, per request target, as Exchange (or nginx) would give them. */
final class ExchangeResponses {

    private static final String HOST = ExchangeStandIn.CERTIFICATE_NAME;
    private final Builder config;
    private final boolean legacy;

    ExchangeResponses(Builder config) {
        this.config = config;
        this.legacy = config.mode == Mode.EXCHANGE_2010;
    }

    byte[] respond(String target, String cookie) {
        String path = target.toLowerCase(Locale.ROOT);
        if (config.mode == Mode.MICROSOFT_365 && path.startsWith("/owa")) {
            return http(302, "Found", exchangeHeaders("Location: https://outlook.office365.com/owa/"), "");
        }
        if (path.equals("/owa") || path.equals("/owa/")) {
            return http(302, "Found", owaHeaders("Location: https://" + HOST + "/owa/auth/logon.aspx?url=https%3a%2f%2f"
                    + HOST + "%2fowa%2f&reason=0"), "");
        }
        if (path.startsWith("/owa/auth/logon.aspx")) {
            return http(200, "OK", owaHeaders("Content-Type: text/html; charset=utf-8"), logonPage());
        }
        if (path.startsWith("/ecp/current/exporttool/microsoft.exchange.ediscovery.exporttool.application")) {
            return legacy || !config.exportTool ? notFound()
                    : http(200, "OK", exchangeHeaders("Content-Type: application/x-ms-application"), exportTool());
        }
        if (path.startsWith("/autodiscover/autodiscover.xml")) {
            List<String> h = exchangeHeaders("WWW-Authenticate: Negotiate", "WWW-Authenticate: NTLM");
            if (config.autodiscoverVersionHeader) {
                h.add("X-OWA-Version: " + config.build);
            }
            return http(401, "Unauthorized", h, "");
        }
        if (path.startsWith("/owa/auth/x.js")) {
            return proxyLogon(cookie);
        }
        if (path.startsWith("/autodiscover/autodiscover.json")) {
            return path.contains("protocol=xyz") ? proxyNotShell() : proxyShell();
        }
        return notFound();
    }

    byte[] notExchange(String target) {
        if (config.mode == Mode.REDIRECT_ALL && !target.equals("/")) {
            return http(302, "Moved Temporarily", List.of("Server: nginx/1.22.1", "Location: https://www.example.test/"),
                    "<html><head><title>302 Found</title></head><body>302 Found</body></html>");
        }
        if (target.equals("/")) {
            return http(200, "OK", List.of("Server: nginx/1.22.1", "Content-Type: text/html"),
                    "<html><head><title>Welcome</title></head><body>It works.</body></html>");
        }
        return http(404, "Not Found", List.of("Server: nginx/1.22.1", "Content-Type: text/html"),
                "<html><head><title>404 Not Found</title></head><body>404 Not Found</body></html>");
    }

    private byte[] proxyLogon(String cookie) {
        boolean ssrf = cookie.contains("X-BEResource=localhost") && !legacy;
        return switch (ssrf ? config.proxyLogon : ExchangeStandIn.ProxyLogonAnswer.PATCHED) {
            case PATCHED -> notFound();
            case ERROR_500 -> http(500, "Internal Server Error", exchangeHeaders("X-CalculatedBETarget: localhost",
                    "Content-Type: text/html"), "NegotiateSecurityContext failed with for host 'localhost' with status 'TargetUnknown'");
            case REDIRECT_302 -> http(302, "Found", exchangeHeaders("X-CalculatedBETarget: localhost",
                    "Location: https://" + HOST + "/owa/auth/errorFE.aspx?httpCode=500"), "");
            case OK_200 -> http(200, "OK", exchangeHeaders("X-CalculatedBETarget: localhost",
                    "Content-Type: application/javascript"), "");
            case BAD_GATEWAY_502 -> http(502, "Bad Gateway", List.of("Server: Microsoft-IIS/10.0", "Content-Type: text/html"),
                    "<html><body>502 - Web server received an invalid response while acting as a gateway.</body></html>");
        };
    }

    private byte[] proxyShell() {
        return autodiscover(config.proxyShell, "<html><head><title>Object moved</title></head><body>"
                + "<h2>Object moved to <a href=\"/owa/\">here</a>.</h2></body></html>");
    }

    private byte[] proxyNotShell() {
        return autodiscover(config.proxyNotShell, "<html><head><title>Object moved</title></head><body>"
                + "<h2>Object moved to <a href=\"/owa/auth/logon.aspx\">here</a>.</h2></body></html>");
    }

    private byte[] autodiscover(AutodiscoverAnswer answer, String movedBody) {
        return switch (answer) {
            case VULNERABLE -> http(302, "Found", exchangeHeaders("Location: /owa/auth/logon.aspx"), movedBody);
            case PATCHED -> http(400, "Bad Request", exchangeHeaders("Content-Type: text/html"),
                    "<html><body>The Protocol 'XYZ' or the request is invalid.</body></html>");
            case UNAUTHORIZED -> http(401, "Unauthorized", exchangeHeaders("WWW-Authenticate: Negotiate",
                    "WWW-Authenticate: NTLM"), "");
        };
    }

    private String logonPage() {
        String theme = legacy ? "/owa/" + config.build + "/themes/base" : "/owa/auth/" + cu() + "/themes/resources";
        return "<!DOCTYPE html>\n<html><head><title>" + (legacy ? "Outlook Web App" : "Outlook") + "</title>\n"
                + "<link rel=\"shortcut icon\" href=\"" + theme + "/favicon.ico\" type=\"image/x-icon\">\n"
                + "<link type=\"text/css\" rel=\"stylesheet\" href=\"" + theme + "/logon.css\">\n"
                + "</head><body><form action=\"/owa/auth.owa\" method=\"POST\" name=\"logonForm\">"
                + "<input id=\"username\" name=\"username\"><input id=\"password\" name=\"password\" type=\"password\">"
                + "</form></body></html>\n";
    }

    private String exportTool() {
        return "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                + "<asmv1:assembly xsi:schemaLocation=\"urn:schemas-microsoft-com:asm.v1 assembly.adaptive.xsd\" "
                + "manifestVersion=\"1.0\" xmlns:asmv1=\"urn:schemas-microsoft-com:asm.v1\" "
                + "xmlns=\"urn:schemas-microsoft-com:asm.v2\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">\n"
                + "  <assemblyIdentity name=\"microsoft.exchange.ediscovery.exporttool.application\" version=\""
                + config.build + "\" publicKeyToken=\"b1d1a6c45aa418ce\" language=\"neutral\" processorArchitecture=\"msil\" "
                + "xmlns=\"urn:schemas-microsoft-com:asm.v1\" />\n</asmv1:assembly>\n";
    }

    /** The first three parts: the cumulative update, as the OWA paths of 2013 and later show it. */
    private String cu() {
        String[] p = config.build.split("\\.");
        return p[0] + "." + p[1] + "." + p[2];
    }

    private byte[] notFound() {
        return http(404, "Not Found", exchangeHeaders("Content-Type: text/html"), "<html><body>404 - File or directory not found.</body></html>");
    }

    private List<String> owaHeaders(String... more) {
        List<String> h = exchangeHeaders(more);
        if (config.owaVersionHeader) {
            h.add("X-OWA-Version: " + config.build);
        }
        return h;
    }

    private List<String> exchangeHeaders(String... more) {
        List<String> h = new ArrayList<>();
        h.add("Server: Microsoft-IIS/" + (legacy ? "7.5" : "10.0"));
        h.add("X-Powered-By: ASP.NET");
        if (!legacy) {
            h.add("X-FEServer: EXCH01");
        }
        h.addAll(List.of(more));
        return h;
    }

    private static byte[] http(int status, String reason, List<String> headers, String body) {
        byte[] content = body.getBytes(StandardCharsets.UTF_8);
        StringBuilder b = new StringBuilder("HTTP/1.1 ").append(status).append(' ').append(reason).append("\r\n");
        for (String h : headers) {
            b.append(h).append("\r\n");
        }
        b.append("Content-Length: ").append(content.length).append("\r\nConnection: close\r\n\r\n");
        byte[] head = b.toString().getBytes(StandardCharsets.ISO_8859_1);
        byte[] all = new byte[head.length + content.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(content, 0, all, head.length, content.length);
        return all;
    }
}
