package org.auditbench.cli.tests;

import static org.junit.Assert.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.auditbench.core.CampaignTemplates;
import org.auditbench.core.CaseDesk;
import org.auditbench.core.Dates;
import org.auditbench.core.WorkflowSession;
import org.auditbench.model.AuditFactory;
import org.auditbench.model.Campaign;
import org.auditbench.model.CheckStatus;
import org.auditbench.model.DomainScan;
import org.auditbench.model.Institution;
import org.auditbench.model.MailDomain;
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
import org.auditbench.store.AuditStore;

/**
 * A data directory with an authority file, institutions, campaign 1 of the founding letter's template
 * with all of them as known cases, and one stored scan run recorded for every case; then the command line.
 */
final class LetterCampaign {

    static final String AUTHORITY = """
            senderLine = Kath. Datenschutzzentrum | Brackeler Hellweg 144 | 44309 Dortmund
            contact = Tel.: 0231/138 985-0 | Fax: 0231/138 985-22
            place = Dortmund
            signer = Dr. Erika Mustermann
            privacyLink = https://www.katholisches-datenschutzzentrum.de/informationspflichten/
            """;

    final Path data;
    private final List<Institution> institutions = new ArrayList<>();
    private final List<DomainScan> scans = new ArrayList<>();

    LetterCampaign(Path data) throws Exception {
        this.data = data;
        Files.createDirectories(data);
        Files.writeString(data.resolve("authority.properties"), AUTHORITY, StandardCharsets.UTF_8);
    }

    /** An institution whose one mail server answers at {@code ip}, with the ProxyLogon verdict given. */
    Institution withServer(String name, String domain, String host, String ip, MailServerKind kind, long asNumber,
            String organisation, CheckStatus proxyLogon) {
        Institution institution = institution(name, domain);
        DomainScan scan = scan(institution, MxKind.MX);
        MailServer server = server(scan, host);
        NetAddress address = AuditFactory.eINSTANCE.createNetAddress();
        address.setIp(ip);
        address.setServerKind(kind);
        Provider provider = AuditFactory.eINSTANCE.createProvider();
        provider.setAsNumber(asNumber);
        provider.setOrganisation(organisation);
        provider.setCountry("DE");
        address.setProvider(provider);
        address.getPorts().add(port(25, PortStatus.OPEN));
        address.getPorts().add(port(443, PortStatus.FILTERED));
        server.getAddresses().add(address);
        Observation observation = AuditFactory.eINSTANCE.createObservation();
        observation.setCheckId("CVE-2021-26855");
        observation.setTarget(host + " " + ip);
        observation.setStatus(proxyLogon);
        observation.setObservedAt(new Date());
        scan.getObservations().add(observation);
        return institution;
    }

    /** An institution whose MX host has no address (dangling MX). */
    Institution withHostWithoutAddress(String name, String domain, String host) {
        Institution institution = institution(name, domain);
        server(scan(institution, MxKind.MX), host);
        return institution;
    }

    /** An institution whose domain publishes a null MX: it receives no mail. */
    Institution withNullMx(String name, String domain) {
        Institution institution = institution(name, domain);
        scan(institution, MxKind.NULL_MX);
        return institution;
    }

    /**
     * Stores everything, creates campaign 1 with all institutions as known cases, dated 1 April 2021 like
     * the founding campaign (its letters go out in April 2021, and none may be dated before the campaign),
     * and records the scan.
     */
    LetterCampaign scanned() throws Exception {
        try (AuditStore store = AuditStore.open(data)) {
            store.institutions().saveAll(institutions);
        }
        Path known = data.resolveSibling("known.txt");
        Files.writeString(known, String.join("\n", institutions.stream().map(i -> i.getMailDomains().get(0).getName()).toList()) + "\n");
        ok("campaign", "create", "--template", "proxylogon-2021", "--title", "Hafnium 2021");
        ok("campaign", "sample", "1", "--known-file", known.toString(), "--random", "0", "--seed", "1");
        try (AuditStore store = AuditStore.open(data)) {
            Campaign campaign = store.campaigns().load(1).orElseThrow();
            campaign.setCreatedOn(Dates.of(LocalDate.of(2021, 4, 1)));
            store.campaigns().save(campaign);
            ScanRun run = AuditFactory.eINSTANCE.createScanRun();
            run.setStartedAt(new Date());
            run.setFinishedAt(new Date());
            run.setStatus(ScanRunStatus.COMPLETED);
            run.getDomainScans().addAll(scans);
            store.scanRuns().save(run);
            CaseDesk desk = new CaseDesk(new WorkflowSession(store, "pruefer", Clock.systemDefaultZone(), CampaignTemplates.builtIn()));
            for (Institution institution : institutions) {
                desk.recordScan(1, institution.getId(), run);
            }
        }
        return this;
    }

    CliRun run(String... args) {
        return CliRun.of(data, args);
    }

    CliRun ok(String... args) {
        CliRun run = run(args);
        assertEquals(String.join(" ", args) + ": " + run.err() + run.out(), 0, run.code());
        return run;
    }

    private Institution institution(String name, String domain) {
        Institution institution = AuditFactory.eINSTANCE.createInstitution();
        institution.setName(name);
        institution.setKind("Pfarrei");
        institution.setStreet("Kirchplatz 1");
        institution.setPostcode("50667");
        institution.setCity("Köln");
        institution.setFileNumber("2021-EX-" + (100 + institutions.size()));
        MailDomain mailDomain = AuditFactory.eINSTANCE.createMailDomain();
        mailDomain.setName(domain);
        institution.getMailDomains().add(mailDomain);
        institutions.add(institution);
        return institution;
    }

    private DomainScan scan(Institution institution, MxKind mxKind) {
        DomainScan scan = AuditFactory.eINSTANCE.createDomainScan();
        scan.setInstitution(institution);
        scan.setDomainName(institution.getMailDomains().get(0).getName());
        scan.setCheckedAt(new Date());
        scan.setMxKind(mxKind);
        scans.add(scan);
        return scan;
    }

    private static MailServer server(DomainScan scan, String host) {
        MailServer server = AuditFactory.eINSTANCE.createMailServer();
        server.setHost(host);
        server.setPreference(10);
        scan.getMailServers().add(server);
        return server;
    }

    private static PortState port(int number, PortStatus status) {
        PortState port = AuditFactory.eINSTANCE.createPortState();
        port.setPort(number);
        port.setState(status);
        return port;
    }
}
