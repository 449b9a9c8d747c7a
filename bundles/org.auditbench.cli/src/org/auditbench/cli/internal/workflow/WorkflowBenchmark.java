package org.auditbench.cli.internal.workflow;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.auditbench.cli.internal.BenchmarkWork;
import org.auditbench.cli.Benchmark;
import org.auditbench.cli.BenchmarkRow;
import org.auditbench.cli.CliContext;
import org.auditbench.core.CampaignDesk;
import org.auditbench.core.CampaignTemplates;
import org.auditbench.core.CaseDesk;
import org.auditbench.core.CaseWorkflow;
import org.auditbench.core.Dates;
import org.auditbench.core.SampleDraw;
import org.auditbench.core.SampleRule;
import org.auditbench.core.WorkflowSession;
import org.auditbench.model.AuditCase;
import org.auditbench.model.AuditFactory;
import org.auditbench.model.Institution;
import org.auditbench.model.MailDomain;
import org.auditbench.model.Measure;
import org.auditbench.model.MeasureKind;
import org.auditbench.model.Statement;
import org.auditbench.model.StatementKind;
import org.auditbench.store.AuditStore;

/**
 * {@code auditbench bench workflow}: the random draw from a large register, and the workflow steps on a
 * stored campaign of 500 cases (sampling, one statement, the due list). Works in a temporary data
 * directory of its own, deleted afterwards.
 */
public final class WorkflowBenchmark implements Benchmark {

    private static final int REGISTER = 100_000;
    private static final int STORED = 5_000;
    private static final int CASES = 500;
    private static final LocalDate CREATED = LocalDate.of(2021, 4, 20);
    private static final LocalDate SENT = LocalDate.of(2021, 4, 26);
    private static final LocalDate ANSWERED = SENT.plusDays(20);

    @Override
    public String description() {
        return "draw 1,000 of 100,000 institutions; sample 500 of 5,000 into a stored campaign, one statement, due list";
    }

    @Override
    public List<BenchmarkRow> run(List<String> args, CliContext context) throws Exception {
        List<BenchmarkRow> rows = new ArrayList<>();
        rows.add(draw());
        Path work = Files.createTempDirectory("auditbench-bench-workflow");
        try (AuditStore store = AuditStore.open(work.resolve("data"))) {
            store.institutions().saveAll(register(STORED));
            context.out().println("stored " + STORED + " institutions; sampling ...");
            // The campaign's days as they were: no step may be dated before the campaign or after "today".
            long campaignId = new CampaignDesk(session(store, CREATED)).create("proxylogon-2021", "Benchmark").getId();
            WorkflowSession session = session(store, SENT);
            long start = System.nanoTime();
            new CampaignDesk(session).sample(campaignId, "none", List.of(), false, SampleRule.ofSize(CASES, true), 42);
            rows.add(seconds("sample 500 of 5,000 (stratified) and store the cases with their trail", start, 5));
            sendAllLetters(session, campaignId);

            CaseDesk desk = new CaseDesk(session(store, ANSWERED));
            long institutionId = session.campaign(campaignId).getCases().get(0).getInstitution().getId();
            start = System.nanoTime();
            desk.recordStatement(campaignId, institutionId, statement());
            rows.add(seconds("record one statement (with gap check) in a campaign of 500 cases", start, 1));

            start = System.nanoTime();
            int due = desk.due(SENT.plusDays(40), 7).size();
            rows.add(seconds("due list over 500 cases", start, 1));
            if (due != CASES - 1) {
                throw new IllegalStateException("expected " + (CASES - 1) + " due cases, found " + due);
            }
        } finally {
            BenchmarkWork.delete(work);
        }
        return rows;
    }

    private static WorkflowSession session(AuditStore store, LocalDate today) {
        ZoneId zone = ZoneId.systemDefault();
        return new WorkflowSession(store, "bench", Clock.fixed(today.atTime(12, 0).atZone(zone).toInstant(), zone),
                CampaignTemplates.builtIn());
    }

    /** The median of five draws of 1,000 from 100,000, stratified by kind. */
    private static BenchmarkRow draw() {
        List<Institution> register = register(REGISTER);
        long[] nanos = new long[5];
        for (int i = 0; i < nanos.length; i++) {
            long start = System.nanoTime();
            SampleDraw.draw(register, SampleRule.ofSize(1_000, true), i);
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        double ms = nanos[2] / 1e6;
        return new BenchmarkRow("draw 1,000 of 100,000 institutions (stratified, median of 5)", ms, "ms", "< 500 ms", ms < 500);
    }

    /** Scan, letter and sending for every case in one stored change (the set-up of the due list). */
    private static void sendAllLetters(WorkflowSession session, long campaignId) throws Exception {
        session.change(session.campaign(campaignId), campaign -> {
            CaseWorkflow workflow = new CaseWorkflow(session.steps());
            for (AuditCase auditCase : campaign.getCases()) {
                workflow.recordScan(auditCase, AuditFactory.eINSTANCE.createScanRun());
                workflow.recordLetterGenerated(auditCase, "letter-" + auditCase.getId() + ".pdf");
                workflow.recordLetterSent(auditCase, SENT, SENT.plusDays(35));
            }
            return null;
        });
    }

    private static Statement statement() {
        Statement statement = AuditFactory.eINSTANCE.createStatement();
        statement.setKind(StatementKind.ANSWER);
        statement.setReceivedOn(Dates.of(ANSWERED));
        statement.setMonitoring("Firewall-Protokolle, tägliche Auswertung");
        for (MeasureKind kind : List.of(MeasureKind.PATCH_INSTALLED, MeasureKind.DETECTION_SCRIPT, MeasureKind.MSERT)) {
            Measure measure = AuditFactory.eINSTANCE.createMeasure();
            measure.setKind(kind);
            measure.setDate(Dates.of(LocalDate.of(2021, 3, 3 + kind.getValue())));
            statement.getMeasures().add(measure);
        }
        return statement;
    }

    static List<Institution> register(int count) {
        String[] kinds = { "Pfarrei", "Schule", "Krankenhaus", "Kita", "Verband" };
        List<Institution> register = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            Institution institution = AuditFactory.eINSTANCE.createInstitution();
            institution.setId(count == REGISTER ? i : 0);
            institution.setName("Einrichtung " + i);
            institution.setKind(kinds[i % kinds.length]);
            MailDomain domain = AuditFactory.eINSTANCE.createMailDomain();
            domain.setName("einrichtung" + i + ".example");
            institution.getMailDomains().add(domain);
            register.add(institution);
        }
        return register;
    }

    static BenchmarkRow seconds(String measure, long startNanos, double limit) {
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        return new BenchmarkRow(measure, seconds, "s", "< " + (int) limit + " s", seconds < limit);
    }
}
