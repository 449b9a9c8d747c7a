package org.auditbench.ui.internal.emf;

import java.util.Objects;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandWrapper;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.osgi.util.NLS;

/** Commands named in the auditor's words ("Change Name"), as Edit > Undo shows them. */
public final class ChangeCommands {

    private ChangeCommands() {
    }

    /** Sets one feature; null when it already has the value. */
    public static Command set(EditingDomain domain, EObject owner, EStructuralFeature feature, Object value) {
        if (Objects.equals(owner.eGet(feature), value)) {
            return null;
        }
        return named(featureName(owner, feature), SetCommand.create(domain, owner, feature, value));
    }

    /** {@code command} labelled "Change <what>". */
    public static Command named(String what, Command command) {
        return new CommandWrapper(NLS.bind(Messages.Command_change, what), null, command);
    }

    /** The feature's name as the Properties view shows it (translated by the item providers). */
    public static String featureName(EObject owner, EStructuralFeature feature) {
        IItemPropertySource source = ModelAdapters.adapt(owner, IItemPropertySource.class);
        if (source != null) {
            for (IItemPropertyDescriptor descriptor : source.getPropertyDescriptors(owner)) {
                if (descriptor.getFeature(owner) == feature) {
                    return descriptor.getDisplayName(owner);
                }
            }
        }
        return feature.getName();
    }
}
