package org.auditbench.scan.dns.internal.transport;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.auditbench.model.CheckStatus;
import org.auditbench.scan.Check;
import org.auditbench.scan.CheckContext;
import org.auditbench.scan.CheckResult;
import org.auditbench.scan.dns.internal.DnsClient;
import org.eclipse.osgi.util.NLS;

/**
 * Check {@code dns.tlsrpt} (domain): SMTP TLS reporting (RFC 8460), a TXT record at
 * {@code _smtp._tls.DOMAIN} with {@code v=TLSRPTv1} and {@code rua=} naming where reports go ({@code
 * mailto:} or {@code https:}). BSI TR-03108 v2 asks for it. OK = one well-formed record; WARNING =
 * present but malformed or several (senders then send no reports); INFO = none.
 */
public final class TlsRptCheck implements Check {

    static final String VERSION = "v=TLSRPTv1";

    @Override
    public CheckResult run(CheckContext context) throws InterruptedException {
        String name = "_smtp._tls." + context.target().domain();
        List<String> texts;
        try {
            texts = DnsClient.of(context).texts(name);
        } catch (IOException e) {
            return new CheckResult(CheckStatus.ERROR, NLS.bind(Messages.TlsRpt_lookupFailed, name, e.getMessage()), e.getMessage());
        }
        String evidence = String.join("\n", texts);
        List<String> records = texts.stream().filter(t -> t.toLowerCase(Locale.ROOT).startsWith(VERSION.toLowerCase(Locale.ROOT)))
                .toList();
        if (records.isEmpty()) {
            return new CheckResult(CheckStatus.INFO, NLS.bind(Messages.TlsRpt_none, name), evidence);
        }
        if (records.size() > 1) {
            return new CheckResult(CheckStatus.WARNING, NLS.bind(Messages.TlsRpt_several, records.size(), name), evidence);
        }
        String problem = problem(records.get(0));
        return problem == null
                ? new CheckResult(CheckStatus.OK, NLS.bind(Messages.TlsRpt_ok, records.get(0)), evidence)
                : new CheckResult(CheckStatus.WARNING, NLS.bind(Messages.TlsRpt_malformed, problem, records.get(0)), evidence);
    }

    /** What is wrong with the record (RFC 8460 section 3), or {@code null}. */
    static String problem(String record) {
        String[] fields = record.split(";");
        if (!fields[0].strip().equals(VERSION)) {
            return NLS.bind(Messages.TlsRpt_version, fields[0].strip());
        }
        List<String> rua = new ArrayList<>();
        for (int i = 1; i < fields.length; i++) {
            String field = fields[i].strip();
            if (field.isEmpty()) {
                continue;
            }
            int eq = field.indexOf('=');
            if (eq <= 0) {
                return NLS.bind(Messages.TlsRpt_field, field);
            }
            if (field.substring(0, eq).strip().equalsIgnoreCase("rua")) {
                if (!rua.isEmpty()) {
                    return Messages.TlsRpt_twoRua;
                }
                for (String uri : field.substring(eq + 1).split(",")) {
                    rua.add(uri.strip());
                }
            }
        }
        if (rua.isEmpty()) {
            return Messages.TlsRpt_noRua;
        }
        for (String uri : rua) {
            String lower = uri.toLowerCase(Locale.ROOT);
            boolean mail = lower.startsWith("mailto:") && uri.indexOf('@') > "mailto:".length() && !uri.endsWith("@");
            boolean web = lower.startsWith("https://") && uri.length() > "https://".length();
            if (!mail && !web) {
                return NLS.bind(Messages.TlsRpt_badUri, uri);
            }
        }
        return null;
    }
}
