package org.auditbench.ui.internal;

import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;

/** Preference keys of the workbench shell and their defaults. */
public final class UiPreferences extends AbstractPreferenceInitializer {

    public static final String CONFIRM_EXIT = "confirmExit";
    /** How many days ahead the Deadlines view looks. */
    public static final String DEADLINES_WITHIN_DAYS = "deadlines.withinDays";

    @Override
    public void initializeDefaultPreferences() {
        IEclipsePreferences defaults = DefaultScope.INSTANCE.getNode(AuditbenchUiPlugin.ID);
        defaults.putBoolean(CONFIRM_EXIT, false);
        defaults.putInt(DEADLINES_WITHIN_DAYS, 14);
    }
}
