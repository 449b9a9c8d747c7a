package org.auditbench.ui.internal.emf;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.auditbench.io.RegisterValidator;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.fieldassist.ControlDecoration;
import org.eclipse.jface.fieldassist.FieldDecorationRegistry;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.forms.widgets.Form;

/**
 * Shows the validator's findings in a form: the first in the header (with the number of the others) and
 * each at its field, marked with the error sign and the message as its hover text.
 */
public final class ValidationMarks {

    private final Form form;
    private final Map<EStructuralFeature, ControlDecoration> marks = new HashMap<>();

    public ValidationMarks(Form form) {
        this.form = form;
    }

    /** Marks {@code control} when a finding is about {@code feature}. */
    public void watch(EStructuralFeature feature, Control control) {
        ControlDecoration mark = new ControlDecoration(control, SWT.LEFT | SWT.TOP);
        mark.setImage(FieldDecorationRegistry.getDefault().getFieldDecoration(FieldDecorationRegistry.DEC_ERROR).getImage());
        mark.hide();
        marks.put(feature, mark);
    }

    /** @return the header's message, or null when there is nothing to complain about */
    public String show(Diagnostic findings) {
        marks.values().forEach(ControlDecoration::hide);
        for (Diagnostic error : errors(findings)) {
            ControlDecoration mark = marks.get(RegisterValidator.feature(error));
            if (mark != null) {
                mark.setDescriptionText(error.getMessage());
                mark.show();
            }
        }
        String header = headline(findings);
        form.setMessage(header, header == null ? IMessageProvider.NONE : IMessageProvider.ERROR);
        return header;
    }

    /** The features whose fields are marked now. */
    public Set<EStructuralFeature> marked() {
        Set<EStructuralFeature> marked = new HashSet<>();
        marks.forEach((feature, mark) -> {
            if (mark.isVisible()) {
                marked.add(feature);
            }
        });
        return marked;
    }

    /** The first error (with the number of the others), or null when there is none. */
    public static String headline(Diagnostic findings) {
        List<Diagnostic> errors = errors(findings);
        return errors.isEmpty() ? null
                : errors.size() == 1 ? capitalised(errors.get(0).getMessage())
                        : NLS.bind(Messages.Validation_several, errors.size(), errors.get(0).getMessage());
    }

    private static List<Diagnostic> errors(Diagnostic findings) {
        return findings.getChildren().stream().filter(d -> d.getSeverity() == Diagnostic.ERROR).toList();
    }

    private static String capitalised(String message) {
        return message.isEmpty() ? message : Character.toUpperCase(message.charAt(0)) + message.substring(1);
    }
}
