package org.auditbench.scan.nmap.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.auditbench.model.CheckStatus;
import org.auditbench.scan.Check;
import org.auditbench.scan.CheckContext;
import org.auditbench.scan.CheckResult;
import org.auditbench.scan.Network;
import org.auditbench.scan.nmap.NmapRunner;
import org.auditbench.scan.nmap.NmapVerdict;
import org.eclipse.osgi.util.NLS;

/**
 * Check {@code nmap.script} (address): runs the NSE script of setting {@code nmap.script} (a file or a
 * script name nmap knows) on port 443 (setting {@code nmap.port}) of the mail server address, beside the
 * native checks. Settings {@code nmap.binary}, {@code nmap.scriptArgs}, {@code nmap.timeoutSeconds}.
 * UNAVAILABLE, with the reason, when nmap or the script is missing.
 */
public final class NmapScriptCheck implements Check {

    @Override
    public CheckResult run(CheckContext context) throws InterruptedException {
        Map<String, String> options = context.settings().options();
        Optional<CheckResult> unavailable = unavailable(options);
        if (unavailable.isPresent()) {
            return unavailable.get();
        }
        NmapRunner runner = new NmapRunner(NmapRunner.locate(options.get("nmap.binary")).orElseThrow());
        int port = Integer.parseInt(options.getOrDefault("nmap.port", "443"));
        Duration timeout = Duration.ofSeconds(Long.parseLong(options.getOrDefault("nmap.timeoutSeconds", "60")));
        try (Network.Permit permit = context.network().permit(context.target().address())) {
            NmapRunner.Result result = runner.run(context.target().address(), List.of(port), options.get("nmap.script"),
                    options.get("nmap.scriptArgs"), timeout);
            return NmapVerdict.of(result, port);
        } catch (IOException e) {
            return new CheckResult(CheckStatus.ERROR, NLS.bind(Messages.Check_failed, e.getMessage()), "");
        }
    }

    /** Why nmap cannot run with these settings, or empty. */
    public static Optional<CheckResult> unavailable(Map<String, String> options) {
        String binary = options.get("nmap.binary");
        if (NmapRunner.locate(binary).isEmpty()) {
            return Optional.of(CheckResult.of(CheckStatus.UNAVAILABLE, binary == null || binary.isBlank()
                    ? Messages.Check_notInstalled : NLS.bind(Messages.Check_notExecutable, binary)));
        }
        String script = options.get("nmap.script");
        if (script == null || script.isBlank()) {
            return Optional.of(CheckResult.of(CheckStatus.UNAVAILABLE, Messages.Check_noScript));
        }
        if ((script.contains("/") || script.endsWith(".nse")) && !Files.isRegularFile(Path.of(script))) {
            return Optional.of(CheckResult.of(CheckStatus.UNAVAILABLE, NLS.bind(Messages.Check_scriptMissing, script)));
        }
        return Optional.empty();
    }
}
