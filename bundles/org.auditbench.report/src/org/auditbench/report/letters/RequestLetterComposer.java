package org.auditbench.report.letters;

import java.net.IDN;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.auditbench.core.CampaignTemplate;
import org.auditbench.core.CampaignTemplate.Finding;
import org.auditbench.core.LocalizedText;
import org.auditbench.model.CheckStatus;
import org.auditbench.model.DomainScan;
import org.auditbench.model.Institution;
import org.auditbench.model.MailServer;
import org.auditbench.model.MailServerKind;
import org.auditbench.model.NetAddress;
import org.auditbench.model.Observation;
import org.auditbench.model.PortState;
import org.auditbench.model.PortStatus;
import org.auditbench.report.LetterData;
import org.auditbench.report.LetterData.Field;
import org.auditbench.report.LetterData.ResultRow;

/**
 * Composes the request letter of one institution: the authority as sender, the campaign template's
 * wording (German), the paragraph that fits the Phase 1 finding, and one result row per mail server
 * address in the words of the founding letter ("i.O.", "MS365", ports "none").
 */
public final class RequestLetterComposer {

    /** The check whose verdict the letter reports as "Ergebnis des nmap-Scriptes". */
    public static final String PROXYLOGON_CHECK = "CVE-2021-26855";

    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d. MMMM yyyy", Locale.GERMAN);
    private static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy", Locale.GERMAN);

    private final Authority authority;

    public RequestLetterComposer(Authority authority) {
        this.authority = authority;
    }

    /**
     * @param scans the latest check of each of the institution's mail domains
     * @param fileNumber the authority's file number (Aktenzeichen), or null
     */
    public LetterData compose(CampaignTemplate template, Institution institution, List<DomainScan> scans,
            String fileNumber, LocalDate letterDate, LocalDate deadline) {
        LetterData letter = new LetterData()
                .set(Field.senderLine, authority.senderLine())
                .set(Field.recipient, recipient(institution))
                .set(Field.contact, authority.contact())
                .set(Field.fileNumberLine, fileNumber == null || fileNumber.isBlank() ? "" : "Aktenzeichen: " + fileNumber)
                .set(Field.placeAndDate, authority.place() + ", " + LONG_DATE.format(letterDate))
                .set(Field.subject, german(template.title()))
                .set(Field.legalBasis, german(template.legalBasis()))
                .set(Field.salutation, "Sehr geehrte Damen und Herren,")
                .set(Field.signature, authority.signature());
        CampaignTemplate.LetterTemplate wording = template.letter();
        wording.intro().forEach(p -> letter.intro(german(p)));
        List<LocalizedText> steps = template.requiredSteps();
        for (int i = 0; i < steps.size(); i++) {
            letter.step((i + 1) + ". " + german(steps.get(i)));
        }
        wording.beforeResults().forEach(p -> letter.phase1(german(p)));
        for (DomainScan scan : scans) {
            addResults(letter, scan);
        }
        letter.closing(german(wording.byFinding().get(finding(scans))));
        template.questions().forEach(q -> letter.closing("– " + german(q)));
        wording.closing().forEach(p -> letter.closing(german(p).replace("{deadline}", LONG_DATE.format(deadline))));
        return letter;
    }

    /** The finding the letter speaks to: a vulnerable own Exchange comes first, Microsoft 365 only if all is. */
    static Finding finding(List<DomainScan> scans) {
        List<NetAddress> addresses = scans.stream().flatMap(s -> s.getMailServers().stream())
                .flatMap(m -> m.getAddresses().stream()).toList();
        boolean vulnerable = scans.stream().flatMap(s -> s.getObservations().stream())
                .anyMatch(o -> PROXYLOGON_CHECK.equals(o.getCheckId()) && o.getStatus() == CheckStatus.VULNERABLE);
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

    private static void addResults(LetterData letter, DomainScan scan) {
        String domain = unicode(scan.getDomainName());
        String checkedOn = scan.getCheckedAt() == null ? "" : SHORT_DATE.format(localDate(scan.getCheckedAt()));
        if (scan.getMailServers().isEmpty()) {
            letter.result(new ResultRow(domain, "keiner gefunden", "", "", "", "", "", "", checkedOn));
        }
        for (MailServer server : scan.getMailServers()) {
            for (NetAddress address : server.getAddresses()) {
                letter.result(new ResultRow(domain, server.getHost(), address.getIp(), provider(address),
                        proxyLogon(scan, address), ports(address, PortStatus.FILTERED), ports(address, PortStatus.OPEN),
                        telnet(address.getServerKind()), checkedOn));
            }
        }
    }

    private static String provider(NetAddress address) {
        return address.getProvider() == null ? "unbekannt"
                : address.getProvider().getOrganisation() + " (AS" + address.getProvider().getAsNumber() + ")";
    }

    private static String proxyLogon(DomainScan scan, NetAddress address) {
        return scan.getObservations().stream()
                .filter(o -> PROXYLOGON_CHECK.equals(o.getCheckId()) && o.getTarget() != null && o.getTarget().contains(address.getIp()))
                .map(Observation::getStatus).findFirst().map(RequestLetterComposer::verdict).orElse("nicht geprüft");
    }

    private static String verdict(CheckStatus status) {
        return switch (status) {
            case NOT_VULNERABLE -> "i.O.";
            case VULNERABLE -> "verwundbar";
            case NOT_APPLICABLE -> "nicht anwendbar (kein Exchange erreichbar)";
            case OUT_OF_SUPPORT -> "Version ohne Herstellerunterstützung";
            case UNREACHABLE -> "nicht erreichbar";
            default -> "nicht bestimmbar";
        };
    }

    private static String ports(NetAddress address, PortStatus status) {
        String ports = address.getPorts().stream().filter(p -> p.getState() == status).map(PortState::getPort).sorted()
                .map(String::valueOf).collect(Collectors.joining(", "));
        return ports.isEmpty() ? "none" : ports;
    }

    private static String telnet(MailServerKind kind) {
        if (kind == null) {
            return "keine Auswertung";
        }
        return switch (kind) {
            case MICROSOFT_365 -> "MS365";
            case EXCHANGE_ONPREM -> "eigener Exchange-Server";
            case GOOGLE -> "Google Workspace";
            case POSTFIX -> "Postfix";
            case EXIM -> "Exim";
            case GATEWAY -> "Mail-Gateway";
            case NO_ANSWER -> "keine Antwort";
            default -> "anderer Mailserver";
        };
    }

    private static String recipient(Institution institution) {
        StringBuilder text = new StringBuilder(institution.getName());
        if (institution.getContactPerson() != null && !institution.getContactPerson().isBlank()) {
            text.append("\nz. Hd. ").append(institution.getContactPerson());
        }
        if (institution.getStreet() != null) {
            text.append('\n').append(institution.getStreet());
        }
        String city = ((institution.getPostcode() == null ? "" : institution.getPostcode()) + " "
                + (institution.getCity() == null ? "" : institution.getCity())).strip();
        if (!city.isEmpty()) {
            text.append('\n').append(city);
        }
        return text.toString();
    }

    private static String unicode(String ascii) {
        try {
            return IDN.toUnicode(ascii, IDN.ALLOW_UNASSIGNED);
        } catch (IllegalArgumentException e) {
            return ascii;
        }
    }

    /** Letters are written in German. */
    private static String german(LocalizedText text) {
        return text.german();
    }

    private static LocalDate localDate(Date date) {
        return date.toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
    }
}
