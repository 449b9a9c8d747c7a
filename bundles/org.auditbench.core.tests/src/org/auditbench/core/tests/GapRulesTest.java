package org.auditbench.core.tests;

import static org.auditbench.model.MeasureKind.DETECTION_SCRIPT;
import static org.auditbench.model.MeasureKind.MONITORING;
import static org.auditbench.model.MeasureKind.MSERT;
import static org.auditbench.model.MeasureKind.OTHER;
import static org.auditbench.model.MeasureKind.PATCH_INSTALLED;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.auditbench.core.CampaignTemplates;
import org.auditbench.core.gaps.Gap;
import org.auditbench.core.gaps.GapRule;
import org.auditbench.core.gaps.GapRules;
import org.auditbench.core.gaps.MeasureDateImplausible;
import org.auditbench.core.gaps.Microsoft365ContradictsScan;
import org.auditbench.core.gaps.MonitoringMissing;
import org.auditbench.core.gaps.NoExchangeContradictsScan;
import org.auditbench.core.gaps.PatchDateMissing;
import org.auditbench.core.gaps.PatchWithoutLaterDetection;
import org.auditbench.core.gaps.RefusalWithoutReasons;
import org.auditbench.core.gaps.StatementFacts;
import org.auditbench.model.MailServerKind;
import org.auditbench.model.Statement;
import org.auditbench.model.StatementKind;
import org.junit.Test;

/** Each gap rule once where it must fire and once where it must not. */
public class GapRulesTest {

    private static final LocalDate RECEIVED = LocalDate.of(2021, 5, 20);
    private static final Set<MailServerKind> ONPREM = EnumSet.of(MailServerKind.EXCHANGE_ONPREM);
    private static final Set<MailServerKind> M365 = EnumSet.of(MailServerKind.MICROSOFT_365);
    private static final Set<MailServerKind> POSTFIX = EnumSet.of(MailServerKind.POSTFIX);

    @Test
    public void patchWithoutLaterDetection() {
        Statement late = answer();
        Fixtures.measure(late, DETECTION_SCRIPT, LocalDate.of(2021, 3, 3));
        Fixtures.measure(late, PATCH_INSTALLED, LocalDate.of(2021, 3, 5));
        Gap gap = fires(new PatchWithoutLaterDetection(), late, ONPREM);
        assertTrue(gap.message().english(), gap.message().english().contains("installed on 2021-03-05"));
        assertTrue(gap.message().german(), gap.message().german().contains("am 2021-03-05 installiert"));

        Statement good = answer();
        Fixtures.measure(good, PATCH_INSTALLED, LocalDate.of(2021, 3, 5));
        Fixtures.measure(good, MSERT, LocalDate.of(2021, 3, 5));
        silent(new PatchWithoutLaterDetection(), good, ONPREM);
    }

    @Test
    public void patchDateMissing() {
        fires(new PatchDateMissing(), answer(), ONPREM);
        Statement dated = answer();
        Fixtures.measure(dated, PATCH_INSTALLED, LocalDate.of(2021, 3, 3));
        silent(new PatchDateMissing(), dated, ONPREM);
        silent(new PatchDateMissing(), Fixtures.statement(StatementKind.MICROSOFT_365_CONFIRMED, RECEIVED), M365);
    }

    @Test
    public void monitoringMissing() {
        fires(new MonitoringMissing(), answer(), ONPREM);
        Statement described = answer();
        described.setMonitoring("Firewall-Logs werden täglich ausgewertet");
        silent(new MonitoringMissing(), described, ONPREM);
        Statement asMeasure = answer();
        Fixtures.measure(asMeasure, MONITORING, LocalDate.of(2021, 3, 10));
        silent(new MonitoringMissing(), asMeasure, ONPREM);
    }

    @Test
    public void microsoft365AnswerContradictingTheScan() {
        Statement confirmed = Fixtures.statement(StatementKind.MICROSOFT_365_CONFIRMED, RECEIVED);
        fires(new Microsoft365ContradictsScan(), confirmed, ONPREM);
        silent(new Microsoft365ContradictsScan(), confirmed, M365);
    }

    @Test
    public void noExchangeAnswerContradictingTheScan() {
        Statement noExchange = Fixtures.statement(StatementKind.NO_EXCHANGE, RECEIVED);
        fires(new NoExchangeContradictsScan(), noExchange, ONPREM);
        Gap hosted = fires(new NoExchangeContradictsScan(), noExchange, M365);
        assertTrue(hosted.message().english(), hosted.message().english().endsWith("saw MICROSOFT_365."));
        silent(new NoExchangeContradictsScan(), noExchange, POSTFIX);
    }

    @Test
    public void refusalWithoutReasons() {
        Statement bare = Fixtures.statement(StatementKind.REFUSAL, RECEIVED);
        fires(new RefusalWithoutReasons(), bare, ONPREM);
        Statement reasoned = Fixtures.statement(StatementKind.REFUSAL, RECEIVED);
        reasoned.setRefusalReason("Ermittlungsverfahren gegen den IT-Leiter anhängig (§ 383 Abs. 1 ZPO)");
        silent(new RefusalWithoutReasons(), reasoned, ONPREM);
    }

    @Test
    public void measureDatesInTheFutureOrBeforePublication() {
        Statement future = answer();
        Fixtures.measure(future, PATCH_INSTALLED, RECEIVED.plusDays(1));
        assertTrue(fires(new MeasureDateImplausible(), future, ONPREM).message().english().contains("2021-05-21"));

        Statement early = answer();
        Fixtures.measure(early, PATCH_INSTALLED, LocalDate.of(2021, 2, 1));
        fires(new MeasureDateImplausible(), early, ONPREM);

        Statement plausible = answer();
        Fixtures.measure(plausible, OTHER, LocalDate.of(2019, 1, 1)); // a firewall from before the vulnerability is fine
        Fixtures.measure(plausible, PATCH_INSTALLED, LocalDate.of(2021, 3, 2));
        Fixtures.measure(plausible, MSERT, RECEIVED);
        silent(new MeasureDateImplausible(), plausible, ONPREM);
    }

    @Test
    public void aCompleteAnswerHasNoGaps() {
        Statement complete = answer();
        Fixtures.measure(complete, PATCH_INSTALLED, LocalDate.of(2021, 3, 3));
        Fixtures.measure(complete, DETECTION_SCRIPT, LocalDate.of(2021, 3, 4));
        complete.setMonitoring("SIEM mit Alarmierung bei ungewöhnlichem Datenverkehr");
        assertEquals(List.of(), GapRules.check(facts(complete, ONPREM)));
        assertEquals(7, GapRules.builtIn().stream().map(GapRule::id).distinct().count());
    }

    private static Statement answer() {
        return Fixtures.statement(StatementKind.ANSWER, RECEIVED);
    }

    private static StatementFacts facts(Statement statement, Set<MailServerKind> scanned) {
        return new StatementFacts(statement, scanned,
                CampaignTemplates.builtIn().find("proxylogon-2021").orElseThrow().timeline(), RECEIVED.plusDays(3));
    }

    private static Gap fires(GapRule rule, Statement statement, Set<MailServerKind> scanned) {
        Optional<Gap> gap = rule.check(facts(statement, scanned));
        assertTrue(rule.id() + " should fire", gap.isPresent());
        assertEquals(rule.id(), gap.get().ruleId());
        assertTrue(!gap.get().message().german().equals(gap.get().message().english()));
        return gap.get();
    }

    private static void silent(GapRule rule, Statement statement, Set<MailServerKind> scanned) {
        assertEquals(rule.id() + " should not fire", Optional.empty(), rule.check(facts(statement, scanned)));
    }
}
