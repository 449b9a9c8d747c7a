package org.auditbench.cli.internal.scan;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.auditbench.cli.CliCommand;
import org.auditbench.cli.CliContext;
import org.auditbench.cli.ExitCode;
import org.auditbench.cli.UsageException;
import org.auditbench.cli.internal.OutputFile;
import org.auditbench.cli.internal.store.StoreCommand;
import org.auditbench.core.BadInputException;
import org.auditbench.core.CampaignDesk;
import org.auditbench.core.CampaignTemplates;
import org.auditbench.core.WorkflowSession;
import org.auditbench.core.scan.MailServerCheck;
import org.auditbench.model.DomainScan;
import org.auditbench.model.ScanRun;
import org.auditbench.model.ScanRunStatus;
import org.auditbench.model.names.MailDomainNames;
import org.auditbench.scan.DomainListener;
import org.auditbench.scan.ScanRequest;
import org.auditbench.scan.json.DomainScanJson;
import org.auditbench.store.AuditStore;

/**
 * {@code auditbench scan}: scans mail domains (given, from a file, or of a campaign's institutions),
 * prints one JSON line per domain or a short table, and stores the run. A run that fails or is
 * interrupted is stored without results (status, settings and times only).
 */
public final class ScanCommand implements CliCommand {

    @Override
    public String usage() {
        return ScanArguments.USAGE + "   scan mail servers";
    }

    @Override
    public int run(List<String> args, CliContext context) throws Exception {
        ScanArguments parsed = ScanArguments.parse(args);
        ScanArguments arguments = parsed.withSettings(ScanDay.complete(parsed.settings(), context.dataDirectory(), context.err()));
        try (AuditStore store = AuditStore.open(context.dataDirectory(), StoreCommand.options(new ArrayList<>(), context))) {
            if (arguments.campaignId() != null) {
                return scanCampaign(store, arguments, context);
            }
            List<ScanRequest> requests = new ArrayList<>();
            for (String domain : arguments.domains()) {
                requests.add(new ScanRequest(domain, store.institutions().findByDomain(MailDomainNames.toAscii(domain)).orElse(null)));
            }
            try (OutputStream jsonFile = jsonStream(arguments.json(), context)) {
                PrintStream json = jsonFile == null ? null : new PrintStream(jsonFile, true, StandardCharsets.UTF_8);
                DomainListener listener = json == null ? null : scan -> json.println(DomainScanJson.line(scan));
                ConsoleProgress progress = new ConsoleProgress(context.err());
                CountDownLatch recorded = new CountDownLatch(1);
                // Ctrl-C cancels the scan; the JVM waits a little so that the run is recorded without results
                Thread interrupt = new Thread(() -> {
                    progress.setCanceled(true);
                    awaitQuietly(recorded);
                }, "auditbench scan: cancel on shutdown");
                Runtime.getRuntime().addShutdownHook(interrupt);
                ScanRun run;
                try {
                    run = new MailServerCheck(arguments.settings(), listener).checkDomains(store, requests, progress);
                } finally {
                    recorded.countDown();
                    removeHook(interrupt);
                }
                if (run.getStatus() != ScanRunStatus.COMPLETED) {
                    context.err().println("auditbench scan: the scan was " + run.getStatus().getLiteral().toLowerCase()
                            + "; run " + run.getId() + " is stored without results");
                    return ExitCode.FAILURE;
                }
                if (json == null || !OutputFile.isStandardOutput(arguments.json())) {
                    printTable(run, context.out());
                }
                context.err().println("auditbench scan: " + run.getDomainScans().size() + " domains scanned, stored as run " + run.getId());
                return ExitCode.OK;
            }
        }
    }

    /**
     * A campaign's scan goes through the workflow (the same path as {@code campaign rescan} and the
     * workbench): the run is linked to the campaign's previous one and waiting cases count as scanned.
     */
    private static int scanCampaign(AuditStore store, ScanArguments arguments, CliContext context) throws Exception {
        WorkflowSession session = new WorkflowSession(store, store.actor(), Clock.systemDefaultZone(), CampaignTemplates.builtIn());
        ScanRun run;
        try {
            run = new CampaignDesk(session).rescan(arguments.campaignId(), new MailServerCheck(arguments.settings()),
                    new ConsoleProgress(context.err()));
        } catch (BadInputException e) {
            throw new UsageException("--campaign: " + e.getMessage(), e);
        }
        try (OutputStream jsonFile = jsonStream(arguments.json(), context)) {
            if (jsonFile != null) {
                PrintStream json = new PrintStream(jsonFile, true, StandardCharsets.UTF_8);
                run.getDomainScans().forEach(scan -> json.println(DomainScanJson.line(scan)));
            }
            if (jsonFile == null || !OutputFile.isStandardOutput(arguments.json())) {
                printTable(run, context.out());
            }
        }
        context.err().println("auditbench scan: campaign " + arguments.campaignId() + ": " + run.getDomainScans().size()
                + " domains scanned, stored as run " + run.getId());
        return run.getStatus() == ScanRunStatus.COMPLETED ? ExitCode.OK : ExitCode.FAILURE;
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is shutting down: the hook has done its work
        }
    }

    private static OutputStream jsonStream(String json, CliContext context) throws UsageException {
        if (json == null) {
            return null;
        }
        try {
            return OutputFile.open(json, context);
        } catch (IOException e) {
            throw new UsageException("--json: cannot write " + json + ": " + e.getMessage());
        }
    }

    private static void printTable(ScanRun run, PrintStream out) {
        for (DomainScan scan : run.getDomainScans()) {
            if (scan.getMailServers().isEmpty()) {
                out.printf("%-30s %-13s%n", scan.getDomainName(), scan.getMxKind().getLiteral());
            }
            for (var server : scan.getMailServers()) {
                if (server.getAddresses().isEmpty()) {
                    out.printf("%-30s %-13s %-40s (no address)%n", scan.getDomainName(), scan.getMxKind().getLiteral(), server.getHost());
                }
                for (var address : server.getAddresses()) {
                    out.printf("%-30s %-13s %-40s %-16s %-16s%s%n", scan.getDomainName(), scan.getMxKind().getLiteral(), server.getHost(),
                            address.getIp(), address.getServerKind().getLiteral(), address.isStartTls() ? " STARTTLS" : "");
                }
            }
        }
    }
}
