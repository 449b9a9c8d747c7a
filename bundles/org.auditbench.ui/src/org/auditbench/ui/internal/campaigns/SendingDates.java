package org.auditbench.ui.internal.campaigns;

import java.time.LocalDate;

import org.auditbench.model.edit.AuditbenchItemProviders;
import org.auditbench.ui.WidgetIds;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Label;

/**
 * The two dates of anything sent to an institution: the day it went out (today by default) and the
 * deadline it sets, which must lie after that day. Fills two rows of a grid of {@code columns} columns.
 */
final class SendingDates {

    private final DateTime sentOn;
    private final DateTime deadline;

    SendingDates(Composite form, int columns, String idPrefix, String sentLabel, String deadlineLabel, LocalDate deadlineOffered,
            Runnable changed) {
        new Label(form, SWT.NONE).setText(sentLabel);
        sentOn = WidgetIds.set(new DateTime(form, SWT.DATE | SWT.DROP_DOWN | SWT.BORDER), idPrefix + ".sentOn");
        CaseWork.setDate(sentOn, LocalDate.now());
        fill(form, columns - 2);
        new Label(form, SWT.NONE).setText(deadlineLabel);
        deadline = WidgetIds.set(new DateTime(form, SWT.DATE | SWT.DROP_DOWN | SWT.BORDER), idPrefix + ".deadline");
        CaseWork.setDate(deadline, deadlineOffered);
        sentOn.addListener(SWT.Selection, e -> changed.run());
        deadline.addListener(SWT.Selection, e -> changed.run());
    }

    private static void fill(Composite form, int cells) {
        for (int i = 0; i < cells; i++) {
            new Label(form, SWT.NONE);
        }
    }

    LocalDate sentOn() {
        return CaseWork.date(sentOn);
    }

    LocalDate deadline() {
        return CaseWork.date(deadline);
    }

    /** What is wrong with the two dates, or {@code null}. */
    String problem() {
        return deadline().isAfter(sentOn()) ? null
                : String.format(Messages.LettersSent_deadlineBefore, AuditbenchItemProviders.date(sentOn()));
    }
}
