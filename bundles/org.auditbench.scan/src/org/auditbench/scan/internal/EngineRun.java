package org.auditbench.scan.internal;

import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.auditbench.model.AuditFactory;
import org.auditbench.model.DomainScan;
import org.auditbench.model.Institution;
import org.auditbench.model.ScanRun;
import org.auditbench.model.ScanRunStatus;
import org.auditbench.model.names.MailDomainNames;
import org.auditbench.scan.DomainListener;
import org.auditbench.scan.HostResolver;
import org.auditbench.scan.ScanFailedException;
import org.auditbench.scan.ScanRequest;
import org.auditbench.scan.ScanSettings;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;
import org.osgi.framework.Bundle;

/**
 * One scan run: domains on virtual threads, as many in flight as the concurrency allows. Only the
 * calling thread talks to the progress monitor; it polls for cancellation and then interrupts the
 * workers.
 */
public final class EngineRun {

    /** Check id of the observation recorded for a domain name that cannot be scanned at all. */
    public static final String DOMAIN_NAME_CHECK = "scan.domainName";

    private static final long POLL_MILLIS = 50;

    private final ScanSettings settings;
    private final CheckPlan plan;
    private final HostResolver resolver;
    private final DomainListener listener;
    private final ModelWriter writer = new ModelWriter();

    public EngineRun(ScanSettings settings, CheckPlan plan, HostResolver resolver, DomainListener listener) {
        this.settings = settings;
        this.plan = plan;
        this.resolver = resolver;
        this.listener = listener;
    }

    public ScanRun run(List<ScanRequest> requests, IProgressMonitor monitor) {
        ScanRun run = AuditFactory.eINSTANCE.createScanRun();
        run.setStartedAt(new Date());
        run.setStatus(ScanRunStatus.RUNNING);
        run.setSettings(settings.toJson());
        run.setToolVersion(toolVersion());
        SubMonitor progress = SubMonitor.convert(monitor, NLS.bind(Messages.Progress_scanning, requests.size()), requests.size());
        DomainScan[] results = new DomainScan[requests.size()];
        InstitutionTally tally = new InstitutionTally(requests);
        AtomicInteger done = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Semaphore inFlight = new Semaphore(settings.concurrency());
        NetworkLimits limits = new NetworkLimits(settings);
        boolean cancelled = false;
        Watchdog watchdog = new Watchdog();
        ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
        try {
            int reported = 0;
            for (int i = 0; i < requests.size() && !cancelled && failure.get() == null; i++) {
                while (!inFlight.tryAcquire(POLL_MILLIS, TimeUnit.MILLISECONDS)) {
                    reported = report(progress, done, reported, tally, requests.size());
                    if (progress.isCanceled()) {
                        cancelled = true;
                        break;
                    }
                }
                if (cancelled) {
                    break;
                }
                int index = i;
                executor.submit(() -> {
                    try {
                        results[index] = scanDomain(requests.get(index), executor, limits, watchdog);
                        tally.done(requests.get(index));
                        done.incrementAndGet();
                    } catch (InterruptedException e) {
                        // cancelled: the run is thrown away
                    } catch (Throwable t) {
                        failure.compareAndSet(null, t);
                    } finally {
                        inFlight.release();
                    }
                });
                reported = report(progress, done, reported, tally, requests.size());
            }
            while (!cancelled && failure.get() == null && !inFlight.tryAcquire(settings.concurrency(), POLL_MILLIS, TimeUnit.MILLISECONDS)) {
                reported = report(progress, done, reported, tally, requests.size());
                cancelled = progress.isCanceled();
            }
            report(progress, done, reported, tally, requests.size());
        } catch (InterruptedException e) {
            cancelled = true;
            Thread.currentThread().interrupt();
        } finally {
            if (cancelled || failure.get() != null) {
                executor.shutdownNow();
            }
            executor.close();
            watchdog.close();
        }
        run.setFinishedAt(new Date());
        if (cancelled || failure.get() != null) {
            run.setStatus(cancelled ? ScanRunStatus.CANCELLED : ScanRunStatus.FAILED);
            if (failure.get() != null && !cancelled) {
                throw new ScanFailedException("the scan failed: " + DomainWork.describe(failure.get()), failure.get(), run);
            }
            return run;
        }
        for (DomainScan result : results) {
            run.getDomainScans().add(result);
        }
        run.setStatus(ScanRunStatus.COMPLETED);
        return run;
    }

    private DomainScan scanDomain(ScanRequest request, ExecutorService executor, NetworkLimits limits, Watchdog watchdog)
            throws InterruptedException {
        Date checkedAt = new Date();
        String domain;
        try {
            domain = MailDomainNames.toAscii(request.domain());
        } catch (IllegalArgumentException e) {
            DomainScan scan = writer.failed(String.valueOf(request.domain()), request.institution(), checkedAt, DOMAIN_NAME_CHECK, e.getMessage());
            notifyListener(scan);
            return scan;
        }
        TargetRun result = new DomainWork(domain, settings, plan, executor, limits, watchdog, resolver).scan(domain);
        DomainScan scan = writer.domainScan(domain, request.institution(), checkedAt, result);
        notifyListener(scan);
        return scan;
    }

    private void notifyListener(DomainScan scan) {
        if (listener != null) {
            synchronized (listener) {
                listener.domainDone(scan);
            }
        }
    }

    private static int report(SubMonitor progress, AtomicInteger done, int reported, InstitutionTally tally, int total) {
        int now = done.get();
        if (now > reported) {
            progress.worked(now - reported);
            progress.subTask(NLS.bind(Messages.Progress_domainsDone, now, total) + tally.describe());
        }
        return now;
    }

    private static String toolVersion() {
        Bundle bundle = Platform.getBundle("org.auditbench.scan");
        return "Auditbench scan " + (bundle == null ? "(unbundled)" : bundle.getVersion().toString());
    }

    /** Counts institutions whose domains are all done. */
    private static final class InstitutionTally {
        private final Map<Institution, AtomicInteger> open = new HashMap<>();
        private final AtomicInteger institutionsDone = new AtomicInteger();

        InstitutionTally(List<ScanRequest> requests) {
            for (ScanRequest request : requests) {
                if (request.institution() != null) {
                    open.computeIfAbsent(request.institution(), i -> new AtomicInteger()).incrementAndGet();
                }
            }
        }

        void done(ScanRequest request) {
            AtomicInteger left = request.institution() == null ? null : open.get(request.institution());
            if (left != null && left.decrementAndGet() == 0) {
                institutionsDone.incrementAndGet();
            }
        }

        String describe() {
            return open.isEmpty() ? "" : NLS.bind(Messages.Progress_institutionsDone, institutionsDone.get(), open.size());
        }
    }
}
