package org.auditbench.core.tests;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.auditbench.core.StepLog;
import org.auditbench.core.CampaignTemplates;
import org.auditbench.core.WorkflowSession;
import org.auditbench.core.Dates;
import org.auditbench.model.AuditCase;
import org.auditbench.model.AuditFactory;
import org.auditbench.model.Campaign;
import org.auditbench.model.CaseState;
import org.auditbench.model.Institution;
import org.auditbench.model.Letter;
import org.auditbench.model.LetterKind;
import org.auditbench.model.MailDomain;
import org.auditbench.model.Measure;
import org.auditbench.model.SelectionReason;
import org.auditbench.model.MeasureKind;
import org.auditbench.model.Statement;
import org.auditbench.model.StatementKind;
import org.auditbench.store.AuditStore;

/** Model objects for the workflow tests. */
final class Fixtures {

    static final AuditFactory F = AuditFactory.eINSTANCE;

    private Fixtures() {
    }

    /** A trail whose "today" is {@code today}, noon in Berlin. */
    static StepLog steps(LocalDate today) {
        ZoneId zone = ZoneId.systemDefault();
        return new StepLog("pruefer", Clock.fixed(today.atTime(12, 0).atZone(zone).toInstant(), zone));
    }

    static Institution institution(long id, String name, String kind, String domain) {
        Institution institution = F.createInstitution();
        institution.setId(id);
        institution.setName(name);
        institution.setKind(kind);
        MailDomain mailDomain = F.createMailDomain();
        mailDomain.setName(domain);
        institution.getMailDomains().add(mailDomain);
        return institution;
    }

    /** {@code count} institutions with ids 1.., kinds alternating parish/school/hospital. */
    static List<Institution> population(int count) {
        String[] kinds = { "Pfarrei", "Schule", "Krankenhaus" };
        List<Institution> all = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            all.add(institution(i, "Einrichtung " + i, kinds[i % 3], "einrichtung" + i + ".example"));
        }
        return all;
    }

    /** Case 12 of "Pfarrei St. Marien" in {@code state}; from LETTER_SENT on it has a letter sent with a deadline. */
    static AuditCase caseIn(CaseState state, LocalDate sentOn, LocalDate deadline) {
        Campaign campaign = F.createCampaign();
        AuditCase auditCase = F.createAuditCase();
        auditCase.setId(12);
        auditCase.setInstitution(institution(7, "Pfarrei St. Marien", "Pfarrei", "st-marien.example"));
        auditCase.setState(state);
        campaign.getCases().add(auditCase);
        if (state.getValue() >= CaseState.LETTER_GENERATED_VALUE) {
            Letter letter = F.createLetter();
            letter.setKind(LetterKind.REQUEST);
            letter.setDocumentName("letter-12.pdf");
            if (state.getValue() >= CaseState.LETTER_SENT_VALUE) {
                letter.setSentOn(Dates.of(sentOn));
                letter.setDeadline(Dates.of(deadline));
            }
            auditCase.getLetters().add(letter);
        }
        return auditCase;
    }

    /** A session on {@code store} whose "today" is {@code today}. */
    static WorkflowSession session(AuditStore store, LocalDate today) {
        StepLog steps = steps(today);
        return new WorkflowSession(store, steps.actor(), steps.clock(), CampaignTemplates.builtIn());
    }

    /** A new ProxyLogon campaign with one case of {@code institution} in {@code state}, shaped as {@link #caseIn}. */
    static Campaign campaignWithCaseIn(CaseState state, Institution institution, LocalDate sentOn, LocalDate deadline) {
        AuditCase auditCase = caseIn(state, sentOn, deadline);
        auditCase.setId(0);
        auditCase.setInstitution(institution);
        auditCase.setSelectionReason(SelectionReason.MANUAL);
        Campaign campaign = auditCase.getCampaign();
        campaign.setTitle("ProxyLogon " + state);
        campaign.setTemplateId("proxylogon-2021");
        return campaign;
    }

    static Statement statement(StatementKind kind, LocalDate received) {
        Statement statement = F.createStatement();
        statement.setKind(kind);
        statement.setReceivedOn(Dates.of(received));
        return statement;
    }

    static Measure measure(Statement statement, MeasureKind kind, LocalDate date) {
        Measure measure = F.createMeasure();
        measure.setKind(kind);
        measure.setDate(Dates.of(date));
        measure.setDescription(kind.getLiteral());
        statement.getMeasures().add(measure);
        return measure;
    }
}
