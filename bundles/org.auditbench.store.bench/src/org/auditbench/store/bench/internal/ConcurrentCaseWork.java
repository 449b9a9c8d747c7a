package org.auditbench.store.bench.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.auditbench.cli.BenchmarkRow;
import org.auditbench.cli.CliContext;
import org.auditbench.model.Assessment;
import org.auditbench.model.AssessmentVerdict;
import org.auditbench.model.AuditCase;
import org.auditbench.model.AuditEvent;
import org.auditbench.model.AuditFactory;
import org.auditbench.model.Campaign;
import org.auditbench.model.Institution;
import org.auditbench.model.Statement;
import org.auditbench.model.StatementKind;
import org.auditbench.store.AuditStore;
import org.auditbench.store.SaveConflictException;
import org.auditbench.store.StoreOptions;

/**
 * Four auditors, each with a connection of their own, record statements and assessments on cases of
 * one campaign drawn at random, as fast as they can. A step on a case somebody else changed since the
 * client read it is refused; the client then reloads the campaign and does the step again. Afterwards
 * every step that was reported saved must be in the database exactly once (its statement, its audit
 * event), and each case must hold its last assessment.
 */
final class ConcurrentCaseWork {

    private static final int CLIENTS = 4;
    private static final String STEP = "bench-step";
    private static final AuditFactory F = AuditFactory.eINSTANCE;

    private final Path data;
    private final StoreOptions options;
    private final int cases;
    private final int steps;

    ConcurrentCaseWork(Path data, StoreOptions options, int cases, int steps) {
        this.data = data;
        this.options = options;
        this.cases = cases;
        this.steps = steps;
    }

    List<BenchmarkRow> measure(CliContext context) throws Exception {
        long campaignId = createCampaign();
        context.out().println(CLIENTS + " clients on a campaign of " + cases + " cases, " + steps + " steps each ...");
        AtomicInteger conflicts = new AtomicInteger();
        Map<String, Long> saved = new ConcurrentHashMap<>();
        Map<Long, String> lastAssessment = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        long start = System.nanoTime();
        try {
            List<Future<?>> clients = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                int client = c;
                clients.add(pool.submit(() -> {
                    work(client, campaignId, conflicts, saved, lastAssessment);
                    return null;
                }));
            }
            for (Future<?> client : clients) {
                client.get();
            }
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        List<BenchmarkRow> rows = new ArrayList<>();
        rows.add(new BenchmarkRow(CLIENTS + " clients recording statements and assessments", saved.size() / seconds, "steps/s", "-",
                true));
        rows.add(new BenchmarkRow("(steps saved / refused as conflicts and redone)", saved.size(), "steps",
                conflicts.get() + " conflicts", true));
        long wrong = check(campaignId, saved, lastAssessment);
        rows.add(new BenchmarkRow("steps not in the database exactly once", wrong, "steps", "0", wrong == 0));
        return rows;
    }

    private long createCampaign() {
        try (AuditStore store = AuditStore.open(data, options.withActor("setup"))) {
            List<Institution> institutions = new ArrayList<>();
            for (int i = 0; i < cases; i++) {
                Institution institution = F.createInstitution();
                institution.setName(String.format("Einrichtung %05d", i));
                institutions.add(institution);
            }
            store.institutions().saveAll(institutions);
            Campaign campaign = F.createCampaign();
            campaign.setTitle("Team benchmark");
            for (Institution institution : institutions) {
                AuditCase auditCase = F.createAuditCase();
                auditCase.setInstitution(institution);
                campaign.getCases().add(auditCase);
            }
            store.campaigns().save(campaign);
            return campaign.getId();
        }
    }

    private void work(int client, long campaignId, AtomicInteger conflicts, Map<String, Long> saved,
            Map<Long, String> lastAssessment) {
        Random random = new Random(client);
        try (AuditStore store = AuditStore.open(data, options.withActor("client-" + client))) {
            Campaign campaign = store.campaigns().load(campaignId).orElseThrow();
            for (int step = 0; step < steps; step++) {
                int index = random.nextInt(cases);
                String marker = "client-" + client + " step-" + step;
                boolean assessment = step % 2 == 1;
                while (true) {
                    AuditCase auditCase = campaign.getCases().get(index);
                    try {
                        record(store, auditCase, marker, assessment);
                        saved.put(marker, auditCase.getId());
                        if (assessment) {
                            lastAssessment.put(auditCase.getId(), marker);
                        }
                        break;
                    } catch (SaveConflictException e) {
                        conflicts.incrementAndGet();
                        campaign = store.campaigns().load(campaignId).orElseThrow();
                    }
                }
            }
        }
    }

    private static void record(AuditStore store, AuditCase auditCase, String marker, boolean assessment) {
        if (assessment) {
            Assessment verdict = F.createAssessment();
            verdict.setVerdict(AssessmentVerdict.COMPLIANT);
            verdict.setReasons(marker);
            verdict.setAssessedOn(new Date());
            auditCase.setAssessment(verdict);
        } else {
            Statement statement = F.createStatement();
            statement.setKind(StatementKind.ANSWER);
            statement.setReceivedOn(new Date());
            statement.setSummary(marker);
            auditCase.getStatements().add(statement);
        }
        store.campaigns().save(auditCase, () -> List.of(event(auditCase, marker)));
    }

    private static AuditEvent event(AuditCase auditCase, String marker) {
        AuditEvent event = F.createAuditEvent();
        event.setAction(STEP);
        event.setSubjectType(auditCase.eClass().getName());
        event.setSubjectId(auditCase.getId());
        event.setDetail(marker);
        return event;
    }

    /** How many saved steps are missing, doubled or in the wrong case (statements, events, last assessments). */
    private long check(long campaignId, Map<String, Long> saved, Map<Long, String> lastAssessment) {
        try (AuditStore store = AuditStore.open(data, options)) {
            Campaign campaign = store.campaigns().load(campaignId).orElseThrow();
            Map<String, Integer> found = new HashMap<>();
            long wrong = 0;
            for (AuditCase auditCase : campaign.getCases()) {
                for (Statement statement : auditCase.getStatements()) {
                    found.merge(statement.getSummary(), 1, Integer::sum);
                    if (!Long.valueOf(auditCase.getId()).equals(saved.get(statement.getSummary()))) {
                        wrong++;
                    }
                }
                String last = lastAssessment.get(auditCase.getId());
                String stored = auditCase.getAssessment() == null ? null : auditCase.getAssessment().getReasons();
                if (last != null && !last.equals(stored)) {
                    wrong++;
                }
            }
            Map<String, Integer> events = new HashMap<>();
            store.auditTrail().recent(Integer.MAX_VALUE).stream().filter(e -> STEP.equals(e.getAction()))
                    .forEach(e -> events.merge(e.getDetail(), 1, Integer::sum));
            for (String marker : saved.keySet()) {
                if (events.getOrDefault(marker, 0) != 1) {
                    wrong++;
                }
                boolean statement = found.containsKey(marker);
                if (statement && found.get(marker) != 1) {
                    wrong++;
                }
            }
            long statementSteps = saved.keySet().stream().filter(m -> Integer.parseInt(m.substring(m.indexOf("step-") + 5)) % 2 == 0)
                    .count();
            return wrong + Math.abs(found.size() - statementSteps) + Math.abs(events.size() - saved.size());
        }
    }
}
