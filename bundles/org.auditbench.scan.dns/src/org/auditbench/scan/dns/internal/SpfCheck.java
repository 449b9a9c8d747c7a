package org.auditbench.scan.dns.internal;

import java.util.Locale;

import org.auditbench.model.CheckStatus;
import org.auditbench.scan.Check;
import org.auditbench.scan.CheckContext;
import org.auditbench.scan.CheckResult;
import org.auditbench.scan.Facts;
import org.eclipse.osgi.util.NLS;

/** The SPF record of a domain (RFC 7208): present once, and how it ends ("-all", "~all", "?all", "+all"). */
public final class SpfCheck implements Check {

    @Override
    public CheckResult run(CheckContext context) throws Exception {
        String domain = context.target().domain();
        return PolicyRecords.check(context, domain, "v=spf1", Facts.SPF, "SPF", SpfCheck::judge);
    }

    static CheckResult judge(String record) {
        String r = record.toLowerCase(Locale.ROOT);
        if (r.contains("+all") || r.matches(".*\\sall(\\s.*)?$")) {
            return CheckResult.of(CheckStatus.WARNING, NLS.bind(Messages.Spf_all, PolicyRecords.quote(record)));
        }
        return CheckResult.of(CheckStatus.OK, NLS.bind(Messages.Spf_record, PolicyRecords.quote(record)));
    }
}
