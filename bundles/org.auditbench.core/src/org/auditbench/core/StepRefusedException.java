package org.auditbench.core;

import java.time.LocalDate;
import java.util.Locale;

import org.auditbench.core.internal.Texts;
import org.auditbench.model.AuditCase;

/** A step the case's state does not allow, e.g. a statement before the letter was sent. */
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

    static StepRefusedException refused(AuditCase auditCase, CaseStep step) {
        return new StepRefusedException(new LocalizedText(refusal(Locale.GERMAN, auditCase, step),
                refusal(Locale.ENGLISH, auditCase, step)));
    }

    static StepRefusedException beforeDeadline(AuditCase auditCase, String key, LocalDate deadline) {
        return new StepRefusedException(Texts.both(key, id(auditCase), name(auditCase), String.valueOf(deadline)));
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
