package org.auditbench.ui.internal.campaigns;

import java.time.LocalDate;

import org.auditbench.core.BadInputException;
import org.auditbench.core.CaseDeadline;
import org.auditbench.core.CaseDesk;
import org.auditbench.model.AuditCase;
import org.auditbench.model.edit.AuditbenchItemProviders;
import org.auditbench.ui.WidgetIds;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;

/** Records a reminder to an institution whose deadline has passed: the day it went out and the new deadline. */
final class ReminderDialog extends TitleAreaDialog {

    /** The new deadline offered: two weeks after the reminder. */
    static final int DAYS_TO_ANSWER = 14;

    private final AuditCase auditCase;
    private SendingDates dates;

    ReminderDialog(Shell parent, AuditCase auditCase) {
        super(parent);
        this.auditCase = auditCase;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.Reminder_title);
        WidgetIds.set(shell, "reminder.dialog");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(Messages.Reminder_title + ": " + CaseWork.institution(auditCase));
        setMessage(NLS.bind(Messages.Reminder_message,
                CaseDeadline.of(auditCase).map(AuditbenchItemProviders::date).orElse("\u2013")));
        Composite form = new Composite(area, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(form);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(form);
        dates = new SendingDates(form, 2, "reminder", Messages.Reminder_sentOn, Messages.Reminder_deadline,
                LocalDate.now().plusDays(DAYS_TO_ANSWER), this::validate);
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, Messages.Reminder_record, true);
        createButton(parent, IDialogConstants.CANCEL_ID, Messages.Case_cancel, false);
    }

    private void validate() {
        setErrorMessage(dates.problem());
        getButton(IDialogConstants.OK_ID).setEnabled(dates.problem() == null);
    }

    @Override
    protected void okPressed() {
        try {
            new CaseDesk(CaseWork.session()).recordReminderSent(auditCase.getCampaign().getId(), auditCase.getInstitution().getId(),
                    dates.sentOn(), dates.deadline());
        } catch (BadInputException e) {
            setErrorMessage(CaseWork.message(e));
            return;
        }
        super.okPressed();
    }
}
