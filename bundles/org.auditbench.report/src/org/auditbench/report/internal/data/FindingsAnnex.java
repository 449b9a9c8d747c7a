package org.auditbench.report.internal.data;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.auditbench.core.BadInputException;
import org.auditbench.core.Dates;
import org.auditbench.model.AuditCase;
import org.auditbench.model.DomainScan;
import org.auditbench.model.Institution;
import org.auditbench.model.MailServer;
import org.auditbench.model.NetAddress;
import org.auditbench.model.Observation;
import org.auditbench.model.PortState;
import org.auditbench.model.PortStatus;
import org.auditbench.report.ReportData;
import org.auditbench.report.ReportInput;
import org.auditbench.report.ReportScope;
import org.auditbench.report.internal.ReportTexts;

/**
 * Fills {@code designs/findings-annex.rptdesign}: one row per institution and mail server address with the
 * founding letter's columns and the newer checks, as the scans stored them. On a campaign the latest scan
 * of each member's domains, on a scan run that run's scans. Keys: {@code annex.*}.
 */
public final class FindingsAnnex implements ReportData {

    @Override
    public Map<String, Object> collect(ReportInput input) throws BadInputException {
        List<DomainScan> scans = new ArrayList<>();
        if (input.scope() == ReportScope.SCAN_RUN) {
            scans.addAll(input.runs().get(0).getDomainScans());
        } else {
            input.session().store().scanRuns().latestDomainScans(input.requireCampaign().getCases().stream()
                    .map(AuditCase::getInstitution).toList()).values().forEach(scans::addAll);
        }
        scans.sort(Comparator.comparing((DomainScan s) -> name(s.getInstitution()), String.CASE_INSENSITIVE_ORDER)
                .thenComparing(DomainScan::getDomainName));
        Locale locale = input.locale();
        Rows rows = new Rows();
        for (DomainScan scan : scans) {
            if (scan.getMailServers().stream().allMatch(m -> m.getAddresses().isEmpty())) {
                row(rows, scan, null, null, locale);
            }
            for (MailServer server : scan.getMailServers()) {
                for (NetAddress address : server.getAddresses()) {
                    row(rows, scan, server, address, locale);
                }
            }
        }
        Map<String, Object> context = new LinkedHashMap<>();
        String title = input.campaign().map(c -> c.getTitle()).orElse(input.request().describe());
        context.put("annex.title", ReportTexts.label(locale, "annex.title") + " – " + title);
        context.put("annex.scanDates", ScanDates.describe(locale,
                checkedOn(scans).min(Comparator.naturalOrder()), checkedOn(scans).max(Comparator.naturalOrder())));
        context.put("report.footer", context.get("annex.title"));
        context.put("annex.rows", rows.list());
        return context;
    }

    private static Stream<LocalDate> checkedOn(List<DomainScan> scans) {
        return scans.stream().filter(s -> s.getCheckedAt() != null).map(s -> Dates.of(s.getCheckedAt()));
    }

    /** One row: a mail server address, or (server and address null) a domain without any. */
    private static void row(Rows rows, DomainScan scan, MailServer server, NetAddress address, Locale locale) {
        Institution institution = scan.getInstitution();
        Rows.Row row = rows.add().put("institution", name(institution))
                .put("fileNumber", institution == null ? null : institution.getFileNumber())
                .put("domain", scan.getDomainName())
                .put("server", server == null ? ReportTexts.label(locale, "annex.noServer") : server.getHost())
                .put("preference", server == null ? null : server.getPreference())
                .put("ip", address == null ? null : address.getIp())
                .put("provider", address == null || address.getProvider() == null ? null : address.getProvider().getOrganisation())
                .put("asNumber", address == null || address.getProvider() == null ? null
                        : Long.valueOf(address.getProvider().getAsNumber()).intValue())
                .put("cve", address == null ? null : cve(scan, address, locale))
                .put("blockedPorts", address == null ? null : ports(address, PortStatus.FILTERED, locale))
                .put("openPorts", address == null ? null : ports(address, PortStatus.OPEN, locale))
                .put("smtp", address == null || address.getServerKind() == null ? null
                        : ReportTexts.label(locale, "server." + address.getServerKind().getName()))
                .put("startTls", address == null ? null : ReportTexts.label(locale, address.isStartTls() ? "annex.yes" : "annex.no"))
                .put("spf", domainCheck(scan, "dns.spf", locale))
                .put("dmarc", domainCheck(scan, "dns.dmarc", locale));
        row.day("checkedOn", Optional.ofNullable(scan.getCheckedAt()).map(Dates::of));
    }

    /** The verdict of every CVE check on this address ("CVE-2021-26855: vulnerable"), as stored. */
    private static String cve(DomainScan scan, NetAddress address, Locale locale) {
        String verdicts = scan.getObservations().stream()
                .filter(o -> o.getCheckId().startsWith("CVE-") && o.getTarget() != null && o.getTarget().contains(address.getIp()))
                .sorted(Comparator.comparing(Observation::getCheckId))
                .map(o -> o.getCheckId() + ": " + ReportTexts.label(locale, "status." + o.getStatus().getName()))
                .collect(Collectors.joining("; "));
        return verdicts.isEmpty() ? ReportTexts.label(locale, "status.NOT_CHECKED") : verdicts;
    }

    private static String domainCheck(DomainScan scan, String checkId, Locale locale) {
        return scan.getObservations().stream().filter(o -> o.getCheckId().equals(checkId)).findFirst()
                .map(o -> ReportTexts.label(locale, "status." + o.getStatus().getName()))
                .orElse(ReportTexts.label(locale, "status.NOT_CHECKED"));
    }

    private static String ports(NetAddress address, PortStatus status, Locale locale) {
        String ports = address.getPorts().stream().filter(p -> p.getState() == status).map(PortState::getPort).sorted()
                .map(String::valueOf).collect(Collectors.joining(", "));
        return ports.isEmpty() ? ReportTexts.label(locale, "none") : ports;
    }

    private static String name(Institution institution) {
        return institution == null ? "" : institution.getName();
    }
}
