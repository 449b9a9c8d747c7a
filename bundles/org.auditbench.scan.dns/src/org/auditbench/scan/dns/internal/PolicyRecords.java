package org.auditbench.scan.dns.internal;

import java.util.List;
import java.util.Locale;

import org.auditbench.model.CheckStatus;
import org.auditbench.scan.CheckContext;
import org.auditbench.scan.CheckResult;
import org.auditbench.scan.Fact;
import org.auditbench.scan.TextBounds;
import org.eclipse.osgi.util.NLS;

/** The shared way of SPF and DMARC: TXT records at a name, those that start with a version tag. */
final class PolicyRecords {

    private PolicyRecords() {
    }

    /** A record as a summary quotes it: cut to {@link TextBounds#QUOTE} with the marker. */
    static String quote(String record) {
        return TextBounds.cut(record, TextBounds.QUOTE);
    }

    /**
     * Finds the one record at {@code name} starting with {@code tag}, puts it as {@code fact} and judges it.
     */
    static CheckResult check(CheckContext context, String name, String tag, Fact<String> fact, String what,
            java.util.function.Function<String, CheckResult> judge) throws InterruptedException {
        List<String> texts;
        try {
            texts = DnsClient.of(context).texts(name);
        } catch (DnsLookupException e) {
            return new CheckResult(CheckStatus.ERROR, NLS.bind(Messages.Policy_lookupFailed, what, e.getMessage()), e.getMessage());
        } catch (java.io.IOException e) {
            return new CheckResult(CheckStatus.ERROR, NLS.bind(Messages.Policy_lookupFailed, what, e.getMessage()), "");
        }
        String prefix = tag.toLowerCase(Locale.ROOT);
        List<String> matching = texts.stream().filter(t -> {
            String l = t.toLowerCase(Locale.ROOT);
            return l.equals(prefix) || l.startsWith(prefix + " ") || l.startsWith(prefix + ";");
        }).toList();
        String evidence = String.join("\n", texts);
        if (matching.isEmpty()) {
            return new CheckResult(CheckStatus.WARNING, NLS.bind(Messages.Policy_missing, what, name), evidence);
        }
        if (matching.size() > 1) {
            return new CheckResult(CheckStatus.WARNING, NLS.bind(Messages.Policy_several, new Object[] { matching.size(), what, name }), evidence);
        }
        context.put(fact, matching.get(0));
        CheckResult judged = judge.apply(matching.get(0));
        return new CheckResult(judged.status(), judged.summary(), evidence);
    }
}
