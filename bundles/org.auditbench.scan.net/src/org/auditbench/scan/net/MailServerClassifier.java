package org.auditbench.scan.net;

import java.util.List;
import java.util.Locale;

import org.auditbench.model.MailServerKind;
import org.auditbench.scan.SmtpFacts;

/**
 * Tells the kind of a mail server from its host name and its SMTP conversation. Host names of hosted
 * services and gateways are the strongest signal; then the greeting and the EHLO keywords.
 */
public final class MailServerClassifier {

    private static final List<String> GATEWAYS = List.of("pphosted", "ppe-hosted", "mimecast", "barracudanetworks",
            "iphmx", "trendmicro", "sophos", "hornetsecurity");
    private static final List<String> EXCHANGE_KEYWORDS = List.of("X-ANONYMOUSTLS", "X-EXPS", "AUTH NTLM", "X-LINK2STATE");

    private MailServerClassifier() {
    }

    /**
     * @param host the mail host name (MX target, or the domain for an implicit MX)
     * @param smtp the conversation on port 25; a {@code null} banner means nothing answered
     */
    public static MailServerKind classify(String host, SmtpFacts smtp) {
        String h = host == null ? "" : host.toLowerCase(Locale.ROOT);
        String banner = smtp.banner() == null ? null : smtp.banner().toLowerCase(Locale.ROOT);
        if (banner == null) {
            return MailServerKind.NO_ANSWER;
        }
        if (isMicrosoftHosted(h) || firstBannerHost(banner).endsWith(".outlook.com")) {
            return MailServerKind.MICROSOFT_365;
        }
        if (h.endsWith("google.com") || h.endsWith("googlemail.com") || banner.contains(" gsmtp")) {
            return MailServerKind.GOOGLE;
        }
        if (GATEWAYS.stream().anyMatch(h::contains)) {
            return MailServerKind.GATEWAY;
        }
        if (banner.contains("microsoft esmtp mail service") || EXCHANGE_KEYWORDS.stream().anyMatch(smtp::hasKeyword)) {
            return MailServerKind.EXCHANGE_ONPREM;
        }
        if (banner.contains("esmtp postfix")) {
            return MailServerKind.POSTFIX;
        }
        if (banner.contains(" exim ") || banner.contains("esmtp exim")) {
            return MailServerKind.EXIM;
        }
        return MailServerKind.OTHER;
    }

    private static boolean isMicrosoftHosted(String host) {
        return host.endsWith(".mail.protection.outlook.com") || host.endsWith(".outlook.com");
    }

    /** The host a 220 greeting names first: "220 host ESMTP ..." gives "host". */
    private static String firstBannerHost(String banner) {
        String first = banner.lines().findFirst().orElse("");
        String[] words = first.substring(Math.min(4, first.length())).strip().split("\\s+");
        return words.length == 0 ? "" : words[0];
    }
}
