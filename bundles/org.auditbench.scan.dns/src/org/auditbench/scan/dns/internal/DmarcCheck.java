package org.auditbench.scan.dns.internal;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.auditbench.model.CheckStatus;
import org.auditbench.scan.Check;
import org.auditbench.scan.CheckContext;
import org.auditbench.scan.CheckResult;
import org.auditbench.scan.Facts;
import org.eclipse.osgi.util.NLS;

/** The DMARC record of a domain (RFC 7489) at {@code _dmarc.DOMAIN} and its policy. */
public final class DmarcCheck implements Check {

    private static final Pattern POLICY = Pattern.compile("(?:^|;)\\s*p\\s*=\\s*([a-z]+)");

    @Override
    public CheckResult run(CheckContext context) throws Exception {
        return PolicyRecords.check(context, "_dmarc." + context.target().domain(), "v=DMARC1", Facts.DMARC, "DMARC",
                DmarcCheck::judge);
    }

    static CheckResult judge(String record) {
        Matcher m = POLICY.matcher(record.toLowerCase(Locale.ROOT));
        if (!m.find()) {
            return CheckResult.of(CheckStatus.WARNING, NLS.bind(Messages.Dmarc_noPolicy, PolicyRecords.quote(record)));
        }
        String policy = m.group(1);
        if (policy.equals("none")) {
            return CheckResult.of(CheckStatus.WARNING, NLS.bind(Messages.Dmarc_none, PolicyRecords.quote(record)));
        }
        return CheckResult.of(CheckStatus.OK, NLS.bind(Messages.Dmarc_policy, policy, PolicyRecords.quote(record)));
    }
}
