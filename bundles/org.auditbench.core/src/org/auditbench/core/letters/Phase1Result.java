package org.auditbench.core.letters;

import java.util.ArrayList;
import java.util.List;

import org.auditbench.core.CampaignTemplate.Finding;
import org.auditbench.core.LocalizedText;
import org.auditbench.core.internal.Texts;
import org.auditbench.model.CheckStatus;
import org.auditbench.model.DomainScan;
import org.auditbench.model.MailServer;
import org.auditbench.model.MailServerKind;
import org.auditbench.model.MxKind;
import org.auditbench.model.NetAddress;

/**
 * What the request letter may report of an institution's latest Phase 1 checks: the domains with mail
 * servers to show, the finding the letter speaks to, or the problems that leave it without a usable
 * result. A letter built on an incomplete result would state facts nobody measured, so a case with any
 * problem gets no letter; a domain that accepts no mail (null MX) is left out when others do.
 */
public final class Phase1Result {

    private final List<DomainScan> reported;
    private final List<LocalizedText> problems;
    private final Finding finding;
    private final String checkId;

    private Phase1Result(List<DomainScan> reported, List<LocalizedText> problems, String checkId) {
        this.reported = List.copyOf(reported);
        this.problems = List.copyOf(problems);
        this.checkId = checkId;
        this.finding = findingOf(reported, checkId);
    }

    /**
     * @param latest  the latest check of each of the institution's mail domains
     * @param checkId the check whose verdict the letter reports (the template's first vulnerability)
     */
    public static Phase1Result of(List<DomainScan> latest, String checkId) {
        List<DomainScan> reported = new ArrayList<>();
        List<LocalizedText> problems = new ArrayList<>();
        List<LocalizedText> noMail = new ArrayList<>();
        if (latest.isEmpty()) {
            problems.add(Texts.both("letter.notScanned"));
        }
        for (DomainScan scan : latest) {
            String domain = scan.getDomainName();
            if (scan.getMxKind() == MxKind.NULL_MX) {
                noMail.add(Texts.both("letter.nullMx", domain));
            } else if (scan.getMxKind() == MxKind.LOOKUP_FAILED) {
                problems.add(Texts.both("letter.lookupFailed", domain));
            } else if (scan.getMailServers().isEmpty()) {
                problems.add(Texts.both("letter.noMailServer", domain));
            } else {
                scan.getMailServers().stream().filter(s -> s.getAddresses().isEmpty())
                        .forEach(s -> problems.add(Texts.both("letter.hostWithoutAddress", s.getHost(), domain)));
                reported.add(scan);
            }
        }
        if (reported.isEmpty()) {
            problems.addAll(noMail);
        }
        return new Phase1Result(reported, problems, checkId);
    }

    /** Whether a letter may be written on this result. */
    public boolean usable() {
        return problems.isEmpty();
    }

    /** Why no letter may be written; empty when {@link #usable()}. */
    public List<LocalizedText> problems() {
        return problems;
    }

    /** The domain checks the letter's result table shows, in order. */
    public List<DomainScan> reported() {
        return reported;
    }

    public Finding finding() {
        return finding;
    }

    /** The check whose verdict per address the table shows. */
    public String checkId() {
        return checkId;
    }

    /** The verdict of the check on {@code address} in {@code scan}, or null when it did not run there. */
    public CheckStatus verdict(DomainScan scan, NetAddress address) {
        return scan.getObservations().stream()
                .filter(o -> checkId.equals(o.getCheckId()) && o.getTarget() != null && o.getTarget().contains(address.getIp()))
                .map(o -> o.getStatus()).findFirst().orElse(null);
    }

    /** A vulnerable own Exchange comes first; Microsoft 365 only if every server is. */
    private static Finding findingOf(List<DomainScan> scans, String checkId) {
        List<NetAddress> addresses = scans.stream().flatMap(s -> s.getMailServers().stream())
                .map(MailServer::getAddresses).flatMap(List::stream).toList();
        boolean vulnerable = scans.stream().flatMap(s -> s.getObservations().stream())
                .anyMatch(o -> checkId.equals(o.getCheckId()) && o.getStatus() == CheckStatus.VULNERABLE);
        if (vulnerable) {
            return Finding.EXCHANGE_VULNERABLE;
        }
        if (addresses.stream().anyMatch(a -> a.getServerKind() == MailServerKind.EXCHANGE_ONPREM)) {
            return Finding.EXCHANGE;
        }
        if (!addresses.isEmpty() && addresses.stream().allMatch(a -> a.getServerKind() == MailServerKind.MICROSOFT_365)) {
            return Finding.MICROSOFT_365;
        }
        return Finding.NO_EXCHANGE_SEEN;
    }
}
