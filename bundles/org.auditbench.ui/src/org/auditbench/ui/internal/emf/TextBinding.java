package org.auditbench.ui.internal.emf;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.widgets.Text;

/** A text field editing one text attribute; an empty field clears the attribute. */
public final class TextBinding extends FieldBinding {

    private final EObject owner;
    private final EAttribute attribute;

    public TextBinding(EditingSession session, Text text, EObject owner, EAttribute attribute) {
        super(session, text);
        this.owner = owner;
        this.attribute = attribute;
        show();
    }

    @Override
    protected String shown() {
        Object value = owner.eGet(attribute);
        return value == null ? "" : value.toString();
    }

    @Override
    protected Command change(String typed) {
        String value = typed.strip().isEmpty() ? null : typed.strip();
        return ChangeCommands.set(session.getEditingDomain(), owner, attribute, value);
    }
}
