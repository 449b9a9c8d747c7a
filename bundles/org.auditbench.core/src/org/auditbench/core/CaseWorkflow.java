package org.auditbench.core;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;

import org.auditbench.model.Assessment;
import org.auditbench.model.AssessmentVerdict;
import org.auditbench.model.AuditCase;
import org.auditbench.model.AuditFactory;
import org.auditbench.model.FollowUp;
import org.auditbench.model.Letter;
import org.auditbench.model.LetterKind;
import org.auditbench.model.ScanRun;
import org.auditbench.model.Statement;
import org.auditbench.model.StatementKind;

/**
 * The life of one case: each step checks the case's state against {@link CaseStep}, changes the
 * model and writes the audit trail. Nothing else changes a case's state.
 */
public final class CaseWorkflow {

    private final StepLog steps;

    public CaseWorkflow(StepLog steps) {
        this.steps = steps;
    }

    /** The Phase 1 scan covered the case's institution. */
    public void recordScan(AuditCase auditCase, ScanRun run) throws StepRefusedException {
        advance(auditCase, CaseStep.RECORD_SCAN, "scan run " + run.getId());
    }

    /** The request letter was generated (by the report engine) as {@code documentName}. */
    public Letter recordLetterGenerated(AuditCase auditCase, String documentName) throws StepRefusedException {
        check(auditCase, CaseStep.GENERATE_LETTER);
        Letter letter = unsentRequest(auditCase);
        if (letter == null) {
            letter = AuditFactory.eINSTANCE.createLetter();
            letter.setKind(LetterKind.REQUEST);
            auditCase.getLetters().add(letter);
        }
        letter.setGeneratedAt(Date.from(steps.clock().instant()));
        letter.setDocumentName(documentName);
        advance(auditCase, CaseStep.GENERATE_LETTER, documentName);
        return letter;
    }

    /** The request letter went out on {@code sentOn}; the institution must answer by {@code deadline}. */
    public void recordLetterSent(AuditCase auditCase, LocalDate sentOn, LocalDate deadline) throws BadInputException {
        check(auditCase, CaseStep.SEND_LETTER);
        LocalDate created = Dates.of(auditCase.getCampaign() == null ? null : auditCase.getCampaign().getCreatedOn());
        if (created != null && sentOn.isBefore(created)) {
            throw StepRefusedException.because(auditCase, "refused.letterBeforeCampaign", sentOn, created);
        }
        requireDeadlineAfter(sentOn, deadline);
        Letter letter = unsentRequest(auditCase);
        if (letter == null) {
            throw new BadInputException("case " + auditCase.getId() + ": there is no generated request letter to send");
        }
        letter.setSentOn(Dates.of(sentOn));
        letter.setDeadline(Dates.of(deadline));
        advance(auditCase, CaseStep.SEND_LETTER, "sent " + sentOn + ", deadline " + deadline);
    }

    /** A reminder with a new deadline went out; only once the first deadline has passed. */
    public Letter recordReminderSent(AuditCase auditCase, LocalDate sentOn, LocalDate deadline) throws BadInputException {
        check(auditCase, CaseStep.SEND_REMINDER);
        LocalDate first = CaseDeadline.of(auditCase).orElseThrow();
        if (!sentOn.isAfter(first)) {
            throw StepRefusedException.because(auditCase, "refused.reminderBeforeDeadline", first);
        }
        requireDeadlineAfter(sentOn, deadline);
        Letter reminder = AuditFactory.eINSTANCE.createLetter();
        reminder.setKind(LetterKind.REMINDER);
        reminder.setGeneratedAt(Date.from(steps.clock().instant()));
        reminder.setSentOn(Dates.of(sentOn));
        reminder.setDeadline(Dates.of(deadline));
        auditCase.getLetters().add(reminder);
        advance(auditCase, CaseStep.SEND_REMINDER, "sent " + sentOn + ", deadline " + deadline);
        return reminder;
    }

    /**
     * A statement came in (or, kind {@code NO_ANSWER}, the auditor notes that none came by the
     * deadline, which is only possible once the deadline has passed).
     */
    public void recordStatement(AuditCase auditCase, Statement statement) throws BadInputException {
        check(auditCase, CaseStep.RECORD_STATEMENT);
        LocalDate received = Dates.of(statement.getReceivedOn());
        if (received == null) {
            throw new BadInputException("case " + auditCase.getId() + ": a statement needs the day it was received");
        }
        if (received.isAfter(steps.today())) {
            throw StepRefusedException.because(auditCase, "refused.statementInFuture", received, steps.today());
        }
        LocalDate letterSent = firstSent(auditCase);
        if (letterSent != null && received.isBefore(letterSent)) {
            throw StepRefusedException.because(auditCase, "refused.statementBeforeLetter", received, letterSent);
        }
        if (statement.getKind() == StatementKind.NO_ANSWER) {
            LocalDate deadline = CaseDeadline.of(auditCase).orElseThrow();
            if (!CaseDeadline.isOverdue(auditCase, steps.today())) {
                throw StepRefusedException.because(auditCase, "refused.noAnswerBeforeDeadline", deadline);
            }
        }
        auditCase.getStatements().add(statement);
        advance(auditCase, CaseStep.RECORD_STATEMENT,
                statement.getKind() + " received " + Dates.of(statement.getReceivedOn()) + ", "
                        + statement.getMeasures().size() + " measures, " + statement.getAttachments().size() + " attachments");
    }

    /**
     * The auditor's verdict with its reasons and the follow-up actions it requires. A verdict that
     * needs follow-up must name at least one action; due dates lie in the future.
     */
    public Assessment assess(AuditCase auditCase, AssessmentVerdict verdict, String reasons, List<FollowUp> followUps)
            throws BadInputException {
        check(auditCase, CaseStep.ASSESS);
        if (reasons == null || reasons.isBlank()) {
            throw new BadInputException("case " + auditCase.getId() + ": an assessment needs its reasons");
        }
        if (verdict == AssessmentVerdict.FOLLOW_UP_NEEDED && followUps.isEmpty()) {
            throw new BadInputException("case " + auditCase.getId() + ": verdict " + verdict + " needs at least one follow-up action");
        }
        for (FollowUp followUp : followUps) {
            LocalDate due = Dates.of(followUp.getDueDate());
            if (due == null || !due.isAfter(steps.today())) {
                throw new BadInputException("case " + auditCase.getId() + ": follow-up '" + followUp.getAction()
                        + "': the due date must lie after today (" + steps.today() + "), not " + due);
            }
        }
        Assessment assessment = AuditFactory.eINSTANCE.createAssessment();
        assessment.setVerdict(verdict);
        assessment.setReasons(reasons);
        assessment.setAssessedOn(Dates.of(steps.today()));
        assessment.setAssessor(steps.actor());
        assessment.getFollowUps().addAll(followUps);
        auditCase.setAssessment(assessment);
        advance(auditCase, CaseStep.ASSESS, verdict + ": " + reasons);
        return assessment;
    }

    /** The case is done. */
    public void close(AuditCase auditCase) throws StepRefusedException {
        advance(auditCase, CaseStep.CLOSE, "");
    }

    /** The one place where a case changes state: checked, done, written to the trail. */
    private void advance(AuditCase auditCase, CaseStep step, String detail) throws StepRefusedException {
        check(auditCase, step);
        String before = auditCase.getState().getName();
        auditCase.setState(step.target());
        steps.record(auditCase, "case." + step.key(), before + " -> " + step.target().getName()
                + (detail.isEmpty() ? "" : "; " + detail));
    }

    private static void check(AuditCase auditCase, CaseStep step) throws StepRefusedException {
        if (!step.allowedFrom(auditCase.getState())) {
            throw StepRefusedException.refused(auditCase, step);
        }
    }

    private static Letter unsentRequest(AuditCase auditCase) {
        return auditCase.getLetters().stream()
                .filter(l -> l.getKind() == LetterKind.REQUEST && l.getSentOn() == null)
                .findFirst().orElse(null);
    }

    /** The day the first letter to the institution went out. */
    private static LocalDate firstSent(AuditCase auditCase) {
        return auditCase.getLetters().stream().map(l -> Dates.of(l.getSentOn())).filter(d -> d != null).min(LocalDate::compareTo)
                .orElse(null);
    }

    private static void requireDeadlineAfter(LocalDate sentOn, LocalDate deadline) throws BadInputException {
        if (!deadline.isAfter(sentOn)) {
            throw new BadInputException("the deadline " + deadline + " must lie after the sending date " + sentOn);
        }
    }
}
