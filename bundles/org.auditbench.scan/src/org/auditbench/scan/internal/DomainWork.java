package org.auditbench.scan.internal;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.auditbench.model.CheckStatus;
import org.auditbench.scan.CheckDescriptor;
import org.auditbench.scan.CheckResult;
import org.auditbench.scan.Facts;
import org.auditbench.scan.HostResolver;
import org.auditbench.scan.MailHost;
import org.auditbench.scan.MailServers;
import org.auditbench.scan.ScanSettings;
import org.auditbench.scan.ScanTarget;
import org.auditbench.scan.TargetKind;
import org.auditbench.scan.TextBounds;
import org.eclipse.osgi.util.NLS;

/**
 * The scan of one domain: the domain checks, then per mail host the host checks, then per address the
 * address checks; hosts and addresses in parallel, each target's checks in waves.
 */
final class DomainWork {

    private final ScanSettings settings;
    private final CheckPlan plan;
    private final ExecutorService executor;
    private final ScopeGuard scope;
    private final GuardedNetwork network;
    private final long checkCapMillis;

    DomainWork(String domain, ScanSettings settings, CheckPlan plan, ExecutorService executor, NetworkLimits limits,
            Watchdog watchdog, HostResolver resolver) {
        this.settings = settings;
        this.plan = plan;
        this.executor = executor;
        this.scope = new ScopeGuard(domain, settings.allowPrivate());
        this.network = new GuardedNetwork(scope, limits, watchdog, resolver, settings);
        // a safety net only: every network step has its own timeout
        this.checkCapMillis = Math.max(60_000, 20 * settings.timeout().toMillis());
    }

    TargetRun scan(String domain) throws InterruptedException {
        TargetRun domainRun = new TargetRun(ScanTarget.domain(domain), new FactScope(null));
        runChecks(domainRun, TargetKind.DOMAIN);
        MailServers servers = domainRun.facts.get(Facts.MAIL_SERVERS).orElse(null);
        if (servers == null) {
            return domainRun;
        }
        for (MailHost host : servers.hosts()) {
            domainRun.children.add(new TargetRun(domainRun.target.withHost(host.host()), new FactScope(domainRun.facts)));
        }
        parallel(domainRun.children, hostRun -> {
            runChecks(hostRun, TargetKind.MAIL_HOST);
            MailHost host = servers.hosts().get(domainRun.children.indexOf(hostRun));
            for (var address : host.addresses()) {
                hostRun.children.add(new TargetRun(hostRun.target.withAddress(address), new FactScope(hostRun.facts)));
            }
            parallel(hostRun.children, addressRun -> runChecks(addressRun, TargetKind.ADDRESS));
        });
        return domainRun;
    }

    private void runChecks(TargetRun run, TargetKind kind) throws InterruptedException {
        for (List<CheckDescriptor> wave : plan.waves(kind)) {
            List<TargetRun.Finding> findings = new ArrayList<>(wave.size());
            wave.forEach(c -> findings.add(null));
            parallel(wave, check -> {
                TargetRun.Finding finding = runOne(check, run);
                synchronized (findings) {
                    findings.set(wave.indexOf(check), finding);
                }
            });
            run.findings.addAll(findings);
        }
    }

    private TargetRun.Finding runOne(CheckDescriptor check, TargetRun run) throws InterruptedException {
        Date observedAt = new Date();
        long start = System.nanoTime();
        List<String> missing = check.needs().stream().filter(f -> !run.facts.has(f)).sorted().toList();
        CheckResult result;
        if (!missing.isEmpty()) {
            result = CheckResult.of(CheckStatus.UNDETERMINED, NLS.bind(Messages.Engine_factsMissing, String.join(", ", missing)));
        } else {
            RunContext context = new RunContext(run.target, settings, run.facts, network, scope, () -> false);
            result = callWithCap(check, context);
        }
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        return new TargetRun.Finding(check.id(), bounded(result), observedAt, millis);
    }

    private CheckResult callWithCap(CheckDescriptor check, RunContext context) throws InterruptedException {
        Future<CheckResult> future = submit(() -> check.check().run(context));
        try {
            CheckResult result = future.get(checkCapMillis, TimeUnit.MILLISECONDS);
            return result != null ? result : CheckResult.of(CheckStatus.ERROR, Messages.Engine_noResult);
        } catch (TimeoutException e) {
            future.cancel(true);
            return CheckResult.of(CheckStatus.ERROR, NLS.bind(Messages.Engine_tooLong, checkCapMillis));
        } catch (InterruptedException e) {
            future.cancel(true);
            throw e;
        } catch (CancellationException e) {
            throw new InterruptedException("cancelled");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof InterruptedException interrupted) {
                throw interrupted;
            }
            return CheckResult.of(CheckStatus.ERROR, describe(cause));
        }
    }

    static String describe(Throwable t) {
        String kind = t instanceof org.auditbench.scan.ScopeException ? Messages.Engine_scopeRefused : t.getClass().getSimpleName();
        return t.getMessage() == null ? kind : kind + ": " + t.getMessage();
    }

    /** Whatever a check returns fits the store: a flood must not make the run unstorable. */
    private static CheckResult bounded(CheckResult result) {
        return new CheckResult(result.status(), TextBounds.cut(result.summary(), TextBounds.SUMMARY),
                TextBounds.cut(result.evidence(), TextBounds.EVIDENCE));
    }

    /** One step for each item, concurrently on virtual threads; the first item runs in this thread. */
    private <T> void parallel(List<T> items, Step<T> step) throws InterruptedException {
        List<Future<?>> others = new ArrayList<>();
        try {
            for (int i = 1; i < items.size(); i++) {
                T item = items.get(i);
                others.add(submit(() -> {
                    step.run(item);
                    return null;
                }));
            }
            if (!items.isEmpty()) {
                step.run(items.get(0));
            }
            for (Future<?> other : others) {
                try {
                    other.get();
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof InterruptedException interrupted) {
                        throw interrupted;
                    }
                    throw new IllegalStateException("scan step failed", e.getCause());
                } catch (CancellationException e) {
                    throw new InterruptedException("cancelled");
                }
            }
        } finally {
            others.forEach(f -> f.cancel(true));
        }
    }

    /** Submits to the run's executor; a run shut down by cancellation refuses new work. */
    private <V> Future<V> submit(java.util.concurrent.Callable<V> task) throws InterruptedException {
        try {
            return executor.submit(task);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            throw new InterruptedException("cancelled");
        }
    }

    @FunctionalInterface
    private interface Step<T> {
        void run(T item) throws InterruptedException;
    }
}
