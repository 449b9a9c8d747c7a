package org.auditbench.report.letters;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.auditbench.core.CampaignTemplate;
import org.auditbench.core.CampaignTemplate.FindingWording;
import org.auditbench.core.CampaignTemplate.LetterTemplate;
import org.auditbench.core.Dates;
import org.auditbench.core.FileNumberPattern;
import org.auditbench.core.LocalizedText;
import org.auditbench.core.letters.LetterOrder;
import org.auditbench.core.letters.Phase1Result;
import org.auditbench.model.CheckStatus;
import org.auditbench.model.DomainScan;
import org.auditbench.model.Institution;
import org.auditbench.model.LetterKind;
import org.auditbench.model.MailServer;
import org.auditbench.model.MailServerKind;
import org.auditbench.model.NetAddress;
import org.auditbench.model.PortState;
import org.auditbench.model.PortStatus;
import org.auditbench.model.names.MailDomainNames;
import org.auditbench.report.LetterData;
import org.auditbench.report.LetterData.Field;
import org.auditbench.report.LetterData.ResultRow;
import org.auditbench.report.LetterData.Section;

/**
 * Composes a letter (German) from what the workflow ordered: the authority as sender, the campaign
 * template's wording in the order of the founding letter, and for a request the Phase 1 result table,
 * one block per mail server address in the founding letter's words ("i.O.", "MS365", ports "none").
 */
public final class LetterComposer {

    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d. MMMM yyyy", Locale.GERMAN);
    private static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy", Locale.GERMAN);

    private final Authority authority;

    public LetterComposer(Authority authority) {
        this.authority = authority;
    }

    /** @throws IllegalArgumentException when the template's wording names something nobody defines */
    public LetterData compose(LetterOrder order) {
        CampaignTemplate template = order.template();
        LetterTemplate wording = template.letter();
        Institution institution = order.institution();
        Wording words = new Wording("template " + template.id(), values(order), wording.notes());
        boolean reminder = order.kind() == LetterKind.REMINDER;
        String number = FileNumberPattern.of(order.auditCase());
        LocalizedText documentTitle = reminder ? wording.reminder().documentTitle() : wording.documentTitle();
        LetterData letter = new LetterData()
                .set(Field.title, documentTitle.german() + " – " + institution.getName() + (number == null ? "" : " (Az. " + number + ")"))
                .set(Field.senderLine, authority.senderLine())
                .set(Field.recipient, recipient(institution))
                .set(Field.contact, authority.contact())
                .set(Field.fileNumberLine, number == null ? "" : "Aktenzeichen: " + number)
                .set(Field.placeAndDate, authority.place() + ", " + LONG_DATE.format(order.letterDate()))
                .set(Field.subject, reminder ? words.fill(wording.reminder().subject()) : template.title().german())
                .set(Field.legalBasis, words.fill(wording.subjectLine()))
                .set(Field.salutation, "Sehr geehrte Damen und Herren,")
                .set(Field.resultLabel, wording.resultLabel().german())
                .set(Field.signature, authority.signature())
                .set(Field.signer, authority.signer());
        if (reminder) {
            wording.reminder().paragraphs().forEach(p -> letter.paragraph(Section.AFTER_RESULTS, words.fill(p)));
        } else {
            request(letter, order, words);
        }
        words.notes().forEach(n -> letter.note(n.mark(), n.link()));
        return letter;
    }

    private static void request(LetterData letter, LetterOrder order, Wording words) {
        CampaignTemplate template = order.template();
        LetterTemplate wording = template.letter();
        wording.intro().forEach(p -> letter.paragraph(Section.BEFORE_RESULTS, words.fill(p)));
        LocalizedText selected = wording.bySelection().get(order.auditCase().getSelectionReason());
        if (selected != null) {
            letter.paragraph(Section.BEFORE_RESULTS, words.fill(selected));
        }
        letter.paragraph(Section.BEFORE_RESULTS, words.fill(wording.stepsLeadIn()));
        for (int i = 0; i < wording.steps().size(); i++) {
            letter.item(Section.BEFORE_RESULTS, (i + 1) + ".", words.fill(wording.steps().get(i)));
        }
        wording.afterSteps().forEach(p -> letter.paragraph(Section.BEFORE_RESULTS, words.fill(p)));
        wording.beforeResults().forEach(p -> letter.paragraph(Section.BEFORE_RESULTS, words.fill(p)));
        for (DomainScan scan : order.result().reported()) {
            addResults(letter, order.result(), scan);
        }
        FindingWording finding = wording.byFinding().get(order.result().finding());
        finding.result().forEach(p -> letter.paragraph(Section.AFTER_RESULTS, words.fill(p)));
        if (finding.questions()) {
            letter.paragraph(Section.AFTER_RESULTS, words.fill(wording.questionsLeadIn()));
            template.questions().forEach(q -> letter.item(Section.AFTER_RESULTS, "–", words.fill(q)));
        }
        finding.afterQuestions().forEach(p -> letter.paragraph(Section.AFTER_RESULTS, words.fill(p)));
        wording.closing().forEach(p -> letter.paragraph(Section.AFTER_RESULTS, words.fill(p)));
    }

    /** What the wording may name: the template's terms, the authority's settings, the letter's dates. */
    private Map<String, String> values(LetterOrder order) {
        Map<String, String> values = new LinkedHashMap<>();
        order.template().terms().forEach((name, text) -> values.put(name, text.german()));
        values.putAll(authority.wording());
        values.put("title", order.template().title().german());
        values.put("deadline", LONG_DATE.format(order.deadline()));
        if (order.firstLetter() != null) {
            values.put("firstLetterDate", longDate(Dates.of(order.firstLetter().getSentOn())));
            values.put("firstDeadline", longDate(Dates.of(order.firstLetter().getDeadline())));
        }
        return values;
    }

    private static String longDate(LocalDate date) {
        return date == null ? "" : LONG_DATE.format(date);
    }

    private static void addResults(LetterData letter, Phase1Result result, DomainScan scan) {
        String domain = MailDomainNames.toUnicode(scan.getDomainName());
        String checkedOn = scan.getCheckedAt() == null ? "" : SHORT_DATE.format(Dates.of(scan.getCheckedAt()));
        for (MailServer server : scan.getMailServers()) {
            for (NetAddress address : server.getAddresses()) {
                letter.result(new ResultRow(domain, MailDomainNames.toUnicode(server.getHost()), address.getIp(), provider(address),
                        verdict(result.verdict(scan, address)), ports(address, PortStatus.FILTERED), ports(address, PortStatus.OPEN),
                        telnet(address.getServerKind()), checkedOn));
            }
        }
    }

    private static String provider(NetAddress address) {
        return address.getProvider() == null ? "unbekannt"
                : address.getProvider().getOrganisation() + " (AS" + address.getProvider().getAsNumber() + ")";
    }

    private static String verdict(CheckStatus status) {
        if (status == null) {
            return "nicht geprüft";
        }
        return switch (status) {
            case NOT_VULNERABLE -> "i.O.";
            case VULNERABLE -> "verwundbar";
            case NOT_APPLICABLE -> "nicht anwendbar (kein Exchange erreichbar)";
            case OUT_OF_SUPPORT -> "Version ohne Herstellerunterstützung";
            // a lifecycle verdict: a supported version without its newest security update
            case WARNING -> "neuestes Sicherheitsupdate fehlt";
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
        if (institution.getStreet() != null && !institution.getStreet().isBlank()) {
            text.append('\n').append(institution.getStreet());
        }
        String city = ((institution.getPostcode() == null ? "" : institution.getPostcode()) + " "
                + (institution.getCity() == null ? "" : institution.getCity())).strip();
        if (!city.isEmpty()) {
            text.append('\n').append(city);
        }
        return text.toString();
    }
}
