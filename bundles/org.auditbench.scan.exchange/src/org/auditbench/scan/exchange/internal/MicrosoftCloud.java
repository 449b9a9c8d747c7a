package org.auditbench.scan.exchange.internal;

import java.util.Locale;
import java.util.Optional;

import org.auditbench.model.MailServerKind;
import org.auditbench.scan.CheckContext;
import org.auditbench.scan.Facts;

/** Recognises Microsoft 365 / Exchange Online by the MX name, the SMTP classification or the AS number. */
final class MicrosoftCloud {

    static final long MICROSOFT_AS = 8075;

    private MicrosoftCloud() {
    }

    /** Why the target is Microsoft's cloud, or empty. */
    static Optional<String> reason(CheckContext context) {
        String host = context.target().host();
        if (host != null && host.toLowerCase(Locale.ROOT).endsWith(".outlook.com")) {
            return Optional.of("mail host " + host + " is Microsoft 365 (Exchange Online)");
        }
        if (context.fact(Facts.SERVER_KIND).orElse(null) == MailServerKind.MICROSOFT_365) {
            return Optional.of("the SMTP server is Microsoft 365 (Exchange Online)");
        }
        return context.fact(Facts.PROVIDER).filter(p -> p.asNumbers().contains(MICROSOFT_AS))
                .map(p -> "the address belongs to " + p.display());
    }
}
