package org.auditbench.core;

import java.time.LocalDate;
import java.util.Locale;

import org.auditbench.core.internal.Texts;
import org.auditbench.model.AuditCase;

/**
 * A step the case does not allow: its state (a statement before the letter was sent), a deadline not yet
 * passed, or a date that cannot be right (a statement received tomorrow).
 */
public final class StepRefusedException extends BadInputException {

    private static final long serialVersionUID = 1L;

    private final LocalizedText text;

    private StepRefusedException(LocalizedText text) {
        super(text.in(Locale.getDefault()));
        this.text = text;
    }

    /** The reason in German and English, for the workbench's dialogs. */
    public LocalizedText text() {
        return text;
    }

    /** The step the case's state does not allow, with the state it is at (or the step it waits for first). */
    public static StepRefusedException refused(AuditCase auditCase, CaseStep step) {
        return new StepRefusedException(new LocalizedText(refusal(Locale.GERMAN, auditCase, step),
                refusal(Locale.ENGLISH, auditCase, step)));
    }

    /** A refusal for a reason beyond the case's state: text {@code key} with the case, then {@code dates}. */
    static StepRefusedException because(AuditCase auditCase, String key, LocalDate... dates) {
        Object[] args = new Object[dates.length + 2];
        args[0] = id(auditCase);
        args[1] = name(auditCase);
        for (int i = 0; i < dates.length; i++) {
            args[i + 2] = String.valueOf(dates[i]);
        }
        return new StepRefusedException(Texts.both(key, args));
    }

    private static String refusal(Locale locale, AuditCase auditCase, CaseStep step) {
        String verb = Texts.format(locale, "step." + step.key() + ".verb");
        if (step.tooEarlyIn(auditCase.getState())) {
            return Texts.format(locale, "refused.early", id(auditCase), name(auditCase), verb,
                    Texts.format(locale, "step." + step.key() + ".early"));
        }
        return Texts.format(locale, "refused.late", id(auditCase), name(auditCase), verb,
                Texts.format(locale, "state." + auditCase.getState().getName()));
    }

    private static String id(AuditCase auditCase) {
        return String.valueOf(auditCase.getId());
    }

    private static String name(AuditCase auditCase) {
        return auditCase.getInstitution() == null ? "?" : auditCase.getInstitution().getName();
    }
}
