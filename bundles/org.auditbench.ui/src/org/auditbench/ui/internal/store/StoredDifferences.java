package org.auditbench.ui.internal.store;

import java.util.Collection;
import java.util.List;
import java.util.Objects;

import org.auditbench.ui.internal.emf.ChangeCommands;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;

/** The attributes in which the editor's copy and the stored object differ, one line each, for the Save Conflict dialog. */
final class StoredDifferences {

    private StoredDifferences() {
    }

    static List<String> between(EObject yours, EObject stored, Collection<EAttribute> attributes) {
        return attributes.stream().filter(attribute -> !Objects.equals(yours.eGet(attribute), stored.eGet(attribute)))
                .map(attribute -> NLS.bind(Messages.Conflict_difference, new Object[] { ChangeCommands.featureName(yours, attribute),
                        shown(stored.eGet(attribute)), shown(yours.eGet(attribute)) }))
                .toList();
    }

    private static String shown(Object value) {
        return value == null ? "" : String.valueOf(value);
    }
}
