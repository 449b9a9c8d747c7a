package org.auditbench.store.internal;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.auditbench.model.AuditFactory;
import org.auditbench.model.Campaign;
import org.auditbench.model.CheckStatus;
import org.auditbench.model.DomainScan;
import org.auditbench.model.Identifiable;
import org.auditbench.model.Institution;
import org.auditbench.model.MailServer;
import org.auditbench.model.MailServerKind;
import org.auditbench.model.MxKind;
import org.auditbench.model.NetAddress;
import org.auditbench.model.Observation;
import org.auditbench.model.PortState;
import org.auditbench.model.PortStatus;
import org.auditbench.model.Provider;
import org.auditbench.model.ScanRun;
import org.auditbench.model.ScanRunStatus;
import org.auditbench.store.StoreException;

/**
 * Scan runs and what they found: {@code scan_run}, {@code domain_scan}, {@code mail_server},
 * {@code net_address}, {@code port_state}, {@code observation}. Stored domain scans are evidence and
 * never rewritten: saving a run updates its own row and adds the domain scans not stored yet.
 */
public final class ScanRunTable {

    private static final String SELECT_RUN = "SELECT r.id, r.started_at, r.finished_at, r.status, r.settings, r.tool_version,"
            + " r.campaign_id, r.previous_run_id FROM scan_run r";

    /**
     * What a domain scan found is read from the scans down, in this order: the scope is a condition on
     * the scans. Left to itself Derby began a read of ports at the port table and tested the scope for
     * every port (6.5 s instead of 0.1 s for 500 scans). The hint is a comment to PostgreSQL.
     */
    private static final String FROM_SCANS = " --DERBY-PROPERTIES joinOrder=FIXED\n domain_scan ds";

    private ScanRunTable() {
    }

    public static void save(Tx tx, ScanRun run) throws SQLException {
        boolean created = tx.store(run, "scan_run", "started_at, finished_at, status, settings, tool_version, campaign_id,"
                + " previous_run_id", run.getStartedAt(), run.getFinishedAt(), run.getStatus(), run.getSettings(),
                run.getToolVersion(), storedId(run.getCampaign(), "campaign"), storedId(run.getPreviousRun(), "previous scan run"));
        List<DomainScan> added = run.getDomainScans().stream().filter(scan -> scan.getId() == 0).toList();
        insert(tx, run, added);
        int observations = added.stream().mapToInt(scan -> scan.getObservations().size()).sum();
        tx.audit(created ? AuditActions.CREATE : AuditActions.UPDATE, run,
                run.getStatus().getName() + ", " + added.size() + " domain scan(s) with " + observations + " observation(s) added");
    }

    /** The id of an object the row refers to; it must have been stored before. */
    static Long storedId(Identifiable referenced, String what) {
        if (referenced == null) {
            return null;
        }
        if (referenced.getId() == 0) {
            throw new StoreException("the " + what + " must be saved before what refers to it");
        }
        return referenced.getId();
    }

    /**
     * Writes the new domain scans level by level, each level in batches (a run of 100,000 observations
     * would otherwise wait for 130,000 single inserts and their generated keys).
     */
    private static void insert(Tx tx, ScanRun run, List<DomainScan> added) throws SQLException {
        NewRows<DomainScan> scans = new NewRows<>("domain_scan", "scan_run_id", "institution_id, domain_name, checked_at, mx_kind");
        for (DomainScan scan : added) {
            scans.add(run.getId(), scan, storedId(scan.getInstitution(), "institution"), scan.getDomainName(), scan.getCheckedAt(),
                    scan.getMxKind());
        }
        scans.insert(tx);
        NewRows<MailServer> servers = new NewRows<>("mail_server", "domain_scan_id", "host, preference, implicit_mx");
        NewRows<Observation> observations = new NewRows<>("observation", "domain_scan_id",
                "check_id, target, status, summary, evidence, observed_at, duration_millis");
        for (DomainScan scan : added) {
            for (MailServer server : scan.getMailServers()) {
                servers.add(scan.getId(), server, server.getHost(), server.getPreference(), server.isImplicit());
            }
            for (Observation o : scan.getObservations()) {
                observations.add(scan.getId(), o, o.getCheckId(), o.getTarget(), o.getStatus(), o.getSummary(), o.getEvidence(),
                        o.getObservedAt(), o.getDurationMillis());
            }
        }
        servers.insert(tx);
        observations.insert(tx);
        ProviderTable providers = new ProviderTable(tx);
        NewRows<NetAddress> addresses = new NewRows<>("net_address", "mail_server_id", "ip, provider_id, server_kind, smtp_banner, start_tls");
        for (DomainScan scan : added) {
            for (MailServer server : scan.getMailServers()) {
                for (NetAddress address : server.getAddresses()) {
                    addresses.add(server.getId(), address, address.getIp(), providers.idOf(address.getProvider()), address.getServerKind(),
                            address.getSmtpBanner(), address.isStartTls());
                }
            }
        }
        addresses.insert(tx);
        NewRows<PortState> ports = new NewRows<>("port_state", "net_address_id", "port, state");
        for (DomainScan scan : added) {
            for (MailServer server : scan.getMailServers()) {
                for (NetAddress address : server.getAddresses()) {
                    for (PortState port : address.getPorts()) {
                        ports.add(address.getId(), port, port.getPort(), port.getState());
                    }
                }
            }
        }
        ports.insert(tx);
    }

    /** Runs without their domain scans (for lists); campaigns and previous runs linked where loaded. */
    public static List<ScanRun> readRuns(Tx tx, String condition, Map<Long, Campaign> campaigns, Object... parameters)
            throws SQLException {
        Map<Long, ScanRun> byId = new LinkedHashMap<>();
        Map<ScanRun, Long> previous = new HashMap<>();
        tx.forEach(SELECT_RUN + (condition.isEmpty() ? "" : " WHERE " + condition) + " ORDER BY r.id", row -> {
            ScanRun run = AuditFactory.eINSTANCE.createScanRun();
            run.setId(row.number("id"));
            run.setStartedAt(row.date("started_at"));
            run.setFinishedAt(row.date("finished_at"));
            run.setStatus(row.literal("status", ScanRunStatus::get, ScanRunStatus.RUNNING));
            run.setSettings(row.text("settings"));
            run.setToolVersion(row.text("tool_version"));
            run.setCampaign(campaigns.get(row.number("campaign_id")));
            previous.put(run, row.number("previous_run_id"));
            byId.put(run.getId(), run);
        }, parameters);
        for (Map.Entry<ScanRun, Long> link : previous.entrySet()) {
            if (link.getValue() != 0) {
                link.getKey().setPreviousRun(byId.containsKey(link.getValue()) ? byId.get(link.getValue())
                        : readRuns(tx, "r.id = ?", campaigns, link.getValue()).stream().findFirst().orElse(null));
            }
        }
        return new ArrayList<>(byId.values());
    }

    /**
     * The domain scans matching {@code scope} (a condition on alias {@code ds}) with everything they
     * found, in the order they were saved. Each is added to its run when that run is in {@code runs}.
     */
    public static List<DomainScan> readDomainScans(Tx tx, String scope, Map<Long, ScanRun> runs,
            Map<Long, Institution> institutions, Object... parameters) throws SQLException {
        return readDomainScans(tx, scope, runs, institutions, ProviderTable.readAll(tx), parameters);
    }

    /** As above, with the providers already read (several reads in one transaction share them). */
    public static List<DomainScan> readDomainScans(Tx tx, String scope, Map<Long, ScanRun> runs,
            Map<Long, Institution> institutions, Map<Long, Provider> providers, Object... parameters) throws SQLException {
        Children<DomainScan> scanRows = new Children<>();
        tx.forEach("SELECT ds.id, ds.scan_run_id, ds.institution_id, ds.domain_name, ds.checked_at, ds.mx_kind FROM domain_scan ds"
                + " WHERE " + scope, row -> {
                    DomainScan scan = AuditFactory.eINSTANCE.createDomainScan();
                    scan.setId(row.number("id"));
                    scan.setInstitution(institutions.get(row.number("institution_id")));
                    scan.setDomainName(row.text("domain_name"));
                    scan.setCheckedAt(row.date("checked_at"));
                    scan.setMxKind(row.literal("mx_kind", MxKind::get, MxKind.MX));
                    scanRows.add(row.number("scan_run_id"), scan);
                }, parameters);
        Map<Long, DomainScan> scans = new LinkedHashMap<>();
        scanRows.attach(runs, ScanRun::getDomainScans, scan -> scans.put(scan.getId(), scan));

        Children<MailServer> serverRows = new Children<>();
        tx.forEach("SELECT ms.id, ms.domain_scan_id, ms.host, ms.preference, ms.implicit_mx FROM" + FROM_SCANS
                + " JOIN mail_server ms ON ms.domain_scan_id = ds.id WHERE " + scope, row -> {
                    MailServer server = AuditFactory.eINSTANCE.createMailServer();
                    server.setId(row.number("id"));
                    server.setHost(row.text("host"));
                    server.setPreference(row.integer("preference"));
                    server.setImplicit(row.flag("implicit_mx"));
                    serverRows.add(row.number("domain_scan_id"), server);
                }, parameters);
        Map<Long, MailServer> servers = new HashMap<>();
        serverRows.attach(scans, DomainScan::getMailServers, server -> servers.put(server.getId(), server));

        Children<NetAddress> addressRows = new Children<>();
        tx.forEach("SELECT na.id, na.mail_server_id, na.ip, na.provider_id, na.server_kind, na.smtp_banner, na.start_tls"
                + " FROM" + FROM_SCANS + " JOIN mail_server ms ON ms.domain_scan_id = ds.id JOIN net_address na ON na.mail_server_id = ms.id"
                + " WHERE " + scope, row -> {
                    NetAddress address = AuditFactory.eINSTANCE.createNetAddress();
                    address.setId(row.number("id"));
                    address.setIp(row.text("ip"));
                    address.setProvider(providers.get(row.number("provider_id")));
                    address.setServerKind(row.literal("server_kind", MailServerKind::get, MailServerKind.UNKNOWN));
                    address.setSmtpBanner(row.text("smtp_banner"));
                    address.setStartTls(row.flag("start_tls"));
                    addressRows.add(row.number("mail_server_id"), address);
                }, parameters);
        Map<Long, NetAddress> addresses = new HashMap<>();
        addressRows.attach(servers, MailServer::getAddresses, address -> addresses.put(address.getId(), address));

        Children<PortState> portRows = new Children<>();
        tx.forEach("SELECT ps.id, ps.net_address_id, ps.port, ps.state FROM" + FROM_SCANS
                + " JOIN mail_server ms ON ms.domain_scan_id = ds.id JOIN net_address na ON na.mail_server_id = ms.id"
                + " JOIN port_state ps ON ps.net_address_id = na.id WHERE " + scope, row -> {
                    PortState port = AuditFactory.eINSTANCE.createPortState();
                    port.setId(row.number("id"));
                    port.setPort(row.integer("port"));
                    port.setState(row.literal("state", PortStatus::get, PortStatus.OPEN));
                    portRows.add(row.number("net_address_id"), port);
                }, parameters);
        portRows.attach(addresses, NetAddress::getPorts);

        Children<Observation> observationRows = new Children<>();
        tx.forEach("SELECT o.id, o.domain_scan_id, o.check_id, o.target, o.status, o.summary, o.evidence, o.observed_at,"
                + " o.duration_millis FROM" + FROM_SCANS + " JOIN observation o ON o.domain_scan_id = ds.id WHERE " + scope, row -> {
                    Observation observation = AuditFactory.eINSTANCE.createObservation();
                    observation.setId(row.number("id"));
                    observation.setCheckId(row.text("check_id"));
                    observation.setTarget(row.text("target"));
                    observation.setStatus(row.literal("status", CheckStatus::get, CheckStatus.UNDETERMINED));
                    observation.setSummary(row.text("summary"));
                    observation.setEvidence(row.text("evidence"));
                    observation.setObservedAt(row.date("observed_at"));
                    observation.setDurationMillis(row.number("duration_millis"));
                    observationRows.add(row.number("domain_scan_id"), observation);
                }, parameters);
        observationRows.attach(scans, DomainScan::getObservations);
        return new ArrayList<>(scans.values());
    }
}
