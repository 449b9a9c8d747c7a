package org.auditbench.ui.internal.campaigns;

import java.time.LocalDate;

import org.auditbench.model.edit.AuditbenchItemProviders;
import org.auditbench.ui.internal.DateField;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/**
 * The two dates of anything sent to an institution: the day it went out (today by default) and the
 * deadline it sets, which must lie after that day. Fills two rows of a grid of {@code columns} columns.
 */
final class SendingDates {

    private final DateField sentOn;
    private final DateField deadline;

    SendingDates(Composite form, int columns, String idPrefix, String sentLabel, String deadlineLabel, LocalDate deadlineOffered,
            Runnable changed) {
        new Label(form, SWT.NONE).setText(sentLabel);
        sentOn = new DateField(form, idPrefix + ".sentOn");
        fill(form, columns - 2);
        new Label(form, SWT.NONE).setText(deadlineLabel);
        deadline = new DateField(form, idPrefix + ".deadline");
        deadline.setDate(deadlineOffered);
        sentOn.onChange(changed);
        deadline.onChange(changed);
    }

    private static void fill(Composite form, int cells) {
        for (int i = 0; i < cells; i++) {
            new Label(form, SWT.NONE);
        }
    }

    LocalDate sentOn() {
        return sentOn.date();
    }

    LocalDate deadline() {
        return deadline.date();
    }

    /** What is wrong with the two dates, or {@code null}. */
    String problem() {
        if (sentOn.problem() != null || deadline.problem() != null) {
            return sentOn.problem() != null ? sentOn.problem() : deadline.problem();
        }
        return deadline().isAfter(sentOn()) ? null
                : NLS.bind(Messages.LettersSent_deadlineBefore, AuditbenchItemProviders.date(sentOn()));
    }
}
