package org.auditbench.scan.nmap;

import java.util.Locale;

import org.auditbench.model.CheckStatus;
import org.auditbench.scan.CheckResult;
import org.auditbench.scan.nmap.internal.Messages;
import org.eclipse.osgi.util.NLS;

/**
 * nmap's verdict as a check result: the vulns library's state decides (VULNERABLE, LIKELY VULNERABLE:
 * VULNERABLE; NOT VULNERABLE: NOT_VULNERABLE); a script without a state is read by its output text;
 * a script that said nothing leaves it UNDETERMINED, a port that was not open UNREACHABLE, a host nmap
 * gave up on (time ran out) ERROR.
 */
public final class NmapVerdict {

    private NmapVerdict() {
    }

    public static CheckResult of(NmapRunner.Result run, int port) {
        String evidence = run.commandLine() + "\n" + run.xml();
        String state = run.report().state(port);
        if (state.isEmpty() && run.report().timedOut()) {
            return new CheckResult(CheckStatus.ERROR, Messages.Verdict_hostTimedOut, evidence);
        }
        if (state.isEmpty()) {
            return new CheckResult(CheckStatus.ERROR, NLS.bind(Messages.Verdict_noPort, port), evidence);
        }
        if (!"open".equals(state)) {
            return new CheckResult(CheckStatus.UNREACHABLE, NLS.bind(Messages.Verdict_portState, port, state), evidence);
        }
        NmapReport.Port p = run.report().ports().stream().filter(x -> x.number() == port).findFirst().orElseThrow();
        for (NmapReport.Script s : p.scripts()) {
            CheckStatus status = status(s);
            if (status != null) {
                return new CheckResult(status, NLS.bind(Messages.Verdict_script, new Object[] { run.report().version(), s.id(), status,
                        s.states().isEmpty() ? "" : " (" + String.join(", ", s.states()) + ")" }), evidence);
            }
        }
        return new CheckResult(CheckStatus.UNDETERMINED, NLS.bind(Messages.Verdict_noVerdict, port), evidence);
    }

    static CheckStatus status(NmapReport.Script s) {
        if (!s.states().isEmpty()) {
            boolean vulnerable = s.states().stream().map(t -> t.toUpperCase(Locale.ROOT))
                    .anyMatch(t -> t.contains("VULNERABLE") && !t.startsWith("NOT"));
            if (vulnerable) {
                return CheckStatus.VULNERABLE;
            }
            return s.states().stream().allMatch(t -> t.toUpperCase(Locale.ROOT).startsWith("NOT VULNERABLE"))
                    ? CheckStatus.NOT_VULNERABLE : CheckStatus.UNDETERMINED;
        }
        String out = s.output().toUpperCase(Locale.ROOT);
        if (out.contains("NOT VULNERABLE")) {
            return CheckStatus.NOT_VULNERABLE;
        }
        return out.contains("VULNERABLE") ? CheckStatus.VULNERABLE : null;
    }
}
