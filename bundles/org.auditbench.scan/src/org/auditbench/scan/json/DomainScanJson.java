package org.auditbench.scan.json;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.auditbench.model.CheckStatus;
import org.auditbench.model.DomainScan;
import org.auditbench.model.MailServer;
import org.auditbench.model.NetAddress;
import org.auditbench.model.Observation;
import org.auditbench.model.PortState;
import org.auditbench.model.PortStatus;
import org.auditbench.scan.internal.JsonWriter;

/**
 * One domain scan as one line of JSON (the format of {@code auditbench scan --json}): the domain, when
 * it was checked, how its mail servers were found, one server entry per mail host and address (an
 * implicit MX counts as a server; a host without address has {@code "ip": null}) with provider, port
 * states, SMTP facts and the checks on it, the domain's own checks, and the errors met.
 */
public final class DomainScanJson {

    private DomainScanJson() {
    }

    public static String line(DomainScan scan) {
        JsonWriter json = new JsonWriter().beginObject();
        json.name("domain").value(scan.getDomainName());
        json.name("checkedAt").value(scan.getCheckedAt() == null ? null : DateTimeFormatter.ISO_INSTANT.format(scan.getCheckedAt().toInstant()));
        json.name("mxKind").value(scan.getMxKind().getLiteral());
        json.name("servers").beginArray();
        for (MailServer server : scan.getMailServers()) {
            if (server.getAddresses().isEmpty()) {
                server(json, scan, server, null);
            }
            for (NetAddress address : server.getAddresses()) {
                server(json, scan, server, address);
            }
        }
        json.endArray();
        json.name("checks");
        checks(json, observations(scan, scan.getDomainName()));
        json.name("errors").beginArray();
        for (Observation o : scan.getObservations()) {
            if (o.getStatus() == CheckStatus.ERROR) {
                json.value(o.getCheckId() + " on " + o.getTarget() + ": " + o.getSummary());
            }
        }
        json.endArray();
        return json.endObject().toString();
    }

    private static void server(JsonWriter json, DomainScan scan, MailServer server, NetAddress address) {
        json.beginObject();
        json.name("host").value(server.getHost());
        json.name("preference").value(server.getPreference());
        json.name("implicit").value(server.isImplicit());
        json.name("ip").value(address == null ? null : address.getIp());
        // an implicit MX is named like the domain: its label then means the domain's own checks
        List<Observation> checks = new ArrayList<>(server.getHost().equals(scan.getDomainName()) ? List.of()
                : observations(scan, server.getHost()));
        if (address != null) {
            provider(json, address);
            ports(json, address);
            json.name("smtp").beginObject();
            json.name("banner").value(address.getSmtpBanner());
            json.name("classification").value(address.getServerKind().getLiteral());
            json.name("starttls").value(address.isStartTls());
            json.endObject();
            checks.addAll(observations(scan, server.getHost() + " " + address.getIp()));
        }
        json.name("checks");
        checks(json, checks);
        json.endObject();
    }

    private static void provider(JsonWriter json, NetAddress address) {
        json.name("provider");
        if (address.getProvider() == null) {
            json.nullValue();
            return;
        }
        json.beginObject();
        json.name("asn").value(address.getProvider().getAsNumber());
        json.name("name").value(address.getProvider().getOrganisation());
        json.name("country").value(address.getProvider().getCountry());
        json.endObject();
    }

    private static void ports(JsonWriter json, NetAddress address) {
        json.name("ports").beginObject();
        for (PortStatus status : List.of(PortStatus.OPEN, PortStatus.CLOSED, PortStatus.FILTERED)) {
            json.name(status == PortStatus.FILTERED ? "blocked" : status.getLiteral().toLowerCase()).beginArray();
            for (PortState port : address.getPorts()) {
                if (port.getState() == status) {
                    json.value(port.getPort());
                }
            }
            json.endArray();
        }
        json.endObject();
    }

    private static void checks(JsonWriter json, List<Observation> observations) {
        Map<String, Observation> byCheck = new LinkedHashMap<>();
        observations.forEach(o -> byCheck.put(o.getCheckId(), o));
        json.beginObject();
        for (Observation o : byCheck.values()) {
            json.name(o.getCheckId()).beginObject();
            json.name("status").value(o.getStatus().getLiteral());
            json.name("summary").value(o.getSummary());
            json.name("evidence").value(o.getEvidence());
            json.name("durationMillis").value(o.getDurationMillis());
            json.endObject();
        }
        json.endObject();
    }

    private static List<Observation> observations(DomainScan scan, String target) {
        return scan.getObservations().stream().filter(o -> target.equals(o.getTarget())).toList();
    }
}
