package org.auditbench.ui.internal.campaigns;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import org.auditbench.core.BadInputException;
import org.auditbench.core.CaseDesk;
import org.auditbench.core.Dates;
import org.auditbench.core.WorkflowSession;
import org.auditbench.model.AuditCase;
import org.auditbench.model.Campaign;
import org.auditbench.model.CaseState;
import org.auditbench.model.Letter;
import org.auditbench.model.LetterKind;
import org.auditbench.model.edit.AuditbenchItemProviders;
import org.auditbench.report.letters.Authority;
import org.auditbench.ui.WidgetIds;
import org.auditbench.ui.internal.store.WorkbenchStore;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

/**
 * Records that the generated request letters of a campaign went out: the day they were sent and the
 * deadline for the statements (by default the template's time to answer after the sending day).
 */
final class LettersSentDialog extends TitleAreaDialog {

    private final Campaign campaign;
    private final int daysToAnswer;
    private SendingDates dates;
    private List<AuditCase> sent;
    private long waiting;

    LettersSentDialog(Shell parent, Campaign campaign, int daysToAnswer) {
        super(parent);
        this.campaign = campaign;
        this.daysToAnswer = daysToAnswer;
    }

    /** The cases whose letter was recorded as sent; {@code null} until then. */
    List<AuditCase> sent() {
        return sent;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.LettersSent_title);
        WidgetIds.set(shell, "lettersSent.dialog");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(Messages.LettersSent_title + ": " + campaign.getTitle());
        waiting = campaign.getCases().stream().filter(c -> c.getState() == CaseState.LETTER_GENERATED).count();
        if (waiting == 0) {
            setErrorMessage(Messages.LettersSent_none);
        } else {
            setMessage(NLS.bind(Messages.LettersSent_message, waiting));
        }
        Composite form = new Composite(area, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(form);
        GridLayoutFactory.swtDefaults().numColumns(3).applyTo(form);
        // the deadline the letters print: the day they were generated plus the template's time to answer
        LocalDate generated = lastGenerated();
        dates = new SendingDates(form, 3, "lettersSent", Messages.LettersSent_sentOn, Messages.LettersSent_deadline,
                generated.plusDays(daysToAnswer), this::validate);
        Label note = new Label(form, SWT.NONE);
        if (waiting > 0) {
            note.setText(NLS.bind(Messages.LettersSent_deadlineNote, AuditbenchItemProviders.date(generated), daysToAnswer));
        }
        return area;
    }

    /** The day the newest of the letters waiting to be sent was generated (today when none says). */
    private LocalDate lastGenerated() {
        return campaign.getCases().stream().filter(c -> c.getState() == CaseState.LETTER_GENERATED)
                .flatMap(c -> c.getLetters().stream()).filter(l -> l.getKind() == LetterKind.REQUEST && l.getSentOn() == null)
                .map(Letter::getGeneratedAt).filter(java.util.Objects::nonNull).map(Dates::of).max(LocalDate::compareTo)
                .orElse(LocalDate.now());
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, Messages.LettersSent_record, true);
        createButton(parent, IDialogConstants.CANCEL_ID, Messages.Case_cancel, false);
        getButton(IDialogConstants.OK_ID).setEnabled(waiting > 0);
    }

    private void validate() {
        if (waiting == 0) {
            return;
        }
        setErrorMessage(dates.problem());
        getButton(IDialogConstants.OK_ID).setEnabled(dates.problem() == null);
    }

    @Override
    protected void okPressed() {
        try {
            sent = new CaseDesk(CaseWork.session()).recordLettersSent(campaign.getId(), dates.sentOn(), dates.deadline());
        } catch (BadInputException e) {
            setErrorMessage(CaseWork.message(e));
            return;
        }
        super.okPressed();
    }

    /** The authority's default time to answer, else the template's, in days; 28 when neither can be read. */
    static int daysToAnswer(WorkflowSession session, Campaign campaign) {
        try {
            Integer authority = Authority.load(WorkbenchStore.dataDirectory()).daysToAnswer();
            return authority != null ? authority : session.template(campaign).deadlineOffsetDays();
        } catch (IOException e) {
            return 28;
        } catch (BadInputException e) {
            return 28;
        }
    }
}
