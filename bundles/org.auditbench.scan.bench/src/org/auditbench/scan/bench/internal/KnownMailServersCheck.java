package org.auditbench.scan.bench.internal;

import java.util.List;
import java.util.Map;

import org.auditbench.model.CheckStatus;
import org.auditbench.model.MxKind;
import org.auditbench.scan.Check;
import org.auditbench.scan.CheckContext;
import org.auditbench.scan.CheckResult;
import org.auditbench.scan.Facts;
import org.auditbench.scan.MailHost;
import org.auditbench.scan.MailServers;

/**
 * Hands the engine the mail servers a previous run found, so that a second run measures the port
 * scan alone, on exactly the addresses nmap gets.
 */
final class KnownMailServersCheck implements Check {

    private final Map<String, MailHost> byDomain;

    KnownMailServersCheck(Map<String, MailHost> byDomain) {
        this.byDomain = byDomain;
    }

    @Override
    public CheckResult run(CheckContext context) {
        MailHost host = byDomain.get(context.target().domain());
        context.put(Facts.MAIL_SERVERS, new MailServers(MxKind.MX, List.of(host), "known from the first run"));
        return CheckResult.of(CheckStatus.INFO, host.host());
    }
}
