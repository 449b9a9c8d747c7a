package org.auditbench.scan.internal;

import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.auditbench.model.AuditFactory;
import org.auditbench.model.DomainScan;
import org.auditbench.model.Institution;
import org.auditbench.model.MailServer;
import org.auditbench.model.MailServerKind;
import org.auditbench.model.MxKind;
import org.auditbench.model.NetAddress;
import org.auditbench.model.Observation;
import org.auditbench.model.PortState;
import org.auditbench.model.Provider;
import org.auditbench.scan.Facts;
import org.auditbench.scan.MailHost;
import org.auditbench.scan.MailServers;
import org.auditbench.scan.PortScan;
import org.auditbench.scan.ProviderInfo;
import org.auditbench.scan.SmtpFacts;

/**
 * Turns one domain's targets, facts and findings into model objects. Providers are shared per AS number
 * within a run (not contained: the store keeps one row per AS number).
 */
final class ModelWriter {

    private static final AuditFactory MODEL = AuditFactory.eINSTANCE;

    private final Map<Long, Provider> providers = new ConcurrentHashMap<>();

    DomainScan domainScan(String domainName, Institution institution, Date checkedAt, TargetRun domain) {
        DomainScan scan = MODEL.createDomainScan();
        scan.setDomainName(domainName);
        scan.setInstitution(institution);
        scan.setCheckedAt(checkedAt);
        MailServers servers = domain == null ? null : domain.facts.get(Facts.MAIL_SERVERS).orElse(null);
        scan.setMxKind(servers == null ? MxKind.LOOKUP_FAILED : servers.kind());
        if (domain == null) {
            return scan;
        }
        observe(scan, domain);
        for (int h = 0; h < domain.children.size(); h++) {
            TargetRun hostRun = domain.children.get(h);
            MailHost host = servers.hosts().get(h);
            MailServer server = MODEL.createMailServer();
            server.setHost(host.host());
            server.setPreference(host.preference());
            server.setImplicit(host.implicit());
            observe(scan, hostRun);
            for (TargetRun addressRun : hostRun.children) {
                server.getAddresses().add(address(addressRun));
                observe(scan, addressRun);
            }
            scan.getMailServers().add(server);
        }
        return scan;
    }

    /** A domain that could not be scanned at all (e.g. not a valid name). */
    DomainScan failed(String domainName, Institution institution, Date checkedAt, String checkId, String reason) {
        DomainScan scan = domainScan(domainName, institution, checkedAt, null);
        Observation observation = MODEL.createObservation();
        observation.setCheckId(checkId);
        observation.setTarget(domainName);
        observation.setStatus(org.auditbench.model.CheckStatus.ERROR);
        observation.setSummary(reason);
        observation.setEvidence("");
        observation.setObservedAt(checkedAt);
        scan.getObservations().add(observation);
        return scan;
    }

    private NetAddress address(TargetRun run) {
        NetAddress address = MODEL.createNetAddress();
        address.setIp(run.target.ip());
        run.facts.get(Facts.PROVIDER).ifPresent(p -> address.setProvider(provider(p)));
        address.setServerKind(run.facts.get(Facts.SERVER_KIND).orElse(MailServerKind.UNKNOWN));
        SmtpFacts smtp = run.facts.get(Facts.SMTP).orElse(null);
        if (smtp != null) {
            address.setSmtpBanner(smtp.banner());
            address.setStartTls(smtp.startTlsOffered());
        }
        PortScan ports = run.facts.get(Facts.PORTS).orElse(null);
        if (ports != null) {
            ports.states().forEach((port, status) -> {
                PortState state = MODEL.createPortState();
                state.setPort(port);
                state.setState(status);
                address.getPorts().add(state);
            });
        }
        return address;
    }

    private Provider provider(ProviderInfo info) {
        long asn = info.asNumbers().isEmpty() ? 0 : info.asNumbers().get(0);
        return providers.computeIfAbsent(asn, n -> {
            Provider provider = MODEL.createProvider();
            provider.setAsNumber(n);
            provider.setOrganisation(info.organisation());
            provider.setCountry(info.country());
            return provider;
        });
    }

    private static void observe(DomainScan scan, TargetRun run) {
        for (TargetRun.Finding finding : run.findings) {
            Observation observation = MODEL.createObservation();
            observation.setCheckId(finding.checkId());
            observation.setTarget(run.target.label());
            observation.setStatus(finding.result().status());
            observation.setSummary(finding.result().summary());
            observation.setEvidence(finding.result().evidence());
            observation.setObservedAt(finding.observedAt());
            observation.setDurationMillis(finding.durationMillis());
            scan.getObservations().add(observation);
        }
    }

    /** The providers met so far in this run. */
    List<Provider> providers() {
        return List.copyOf(providers.values());
    }
}
