package org.auditbench.scan.net.internal;

import org.auditbench.model.CheckStatus;
import org.auditbench.model.MailServerKind;
import org.auditbench.scan.Check;
import org.auditbench.scan.CheckContext;
import org.auditbench.scan.CheckResult;
import org.auditbench.scan.Facts;
import org.auditbench.scan.SmtpFacts;
import org.auditbench.scan.net.MailServerClassifier;

/** Names the kind of mail server from host name, greeting and EHLO keywords. */
public final class ClassificationCheck implements Check {

    @Override
    public CheckResult run(CheckContext context) {
        SmtpFacts smtp = context.need(Facts.SMTP);
        String host = context.target().host();
        MailServerKind kind = MailServerClassifier.classify(host, smtp);
        context.put(Facts.SERVER_KIND, kind);
        String evidence = "host " + host + "\nbanner " + (smtp.banner() == null ? "(none)" : smtp.banner()) + "\nEHLO "
                + smtp.ehloKeywords();
        return new CheckResult(CheckStatus.INFO, Messages.kind(kind), evidence);
    }
}
