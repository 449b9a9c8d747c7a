package org.auditbench.scan.exchange.internal;

import java.util.Locale;
import java.util.Optional;

import org.auditbench.model.MailServerKind;
import org.auditbench.scan.CheckContext;
import org.auditbench.scan.Facts;
import org.eclipse.osgi.util.NLS;

/** Recognises Microsoft 365 / Exchange Online by the MX name, the SMTP classification or the AS number. */
final class MicrosoftCloud {

    static final long MICROSOFT_AS = 8075;

    private MicrosoftCloud() {
    }

    /** Why the target is Microsoft's cloud, or empty. */
    static Optional<String> reason(CheckContext context) {
        String host = context.target().host();
        if (host != null && host.toLowerCase(Locale.ROOT).endsWith(".outlook.com")) {
            return Optional.of(NLS.bind(Messages.Cloud_host, host));
        }
        if (context.fact(Facts.SERVER_KIND).orElse(null) == MailServerKind.MICROSOFT_365) {
            return Optional.of(Messages.Cloud_smtp);
        }
        return context.fact(Facts.PROVIDER).filter(p -> p.asNumbers().contains(MICROSOFT_AS))
                .map(p -> NLS.bind(Messages.Cloud_provider, p.display()));
    }
}
