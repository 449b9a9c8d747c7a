package org.auditbench.ui.internal.scans;

import org.auditbench.core.scan.InstitutionVerdict;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Display;

/** An institution's verdict in the user's words and colour: red what needs action, yellow what needs a look. */
public final class VerdictTexts {

    private VerdictTexts() {
    }

    public static String text(InstitutionVerdict verdict) {
        return switch (verdict) {
            case NOT_CHECKED -> Messages.Verdict_notChecked;
            case VULNERABLE -> Messages.Verdict_vulnerable;
            case OUT_OF_SUPPORT -> Messages.Verdict_outOfSupport;
            case PATCHED -> Messages.Verdict_patched;
            case MICROSOFT_365 -> Messages.Verdict_microsoft365;
            case NO_EXCHANGE -> Messages.Verdict_noExchange;
            case UNDETERMINED -> Messages.Verdict_undetermined;
        };
    }

    public static Color colour(InstitutionVerdict verdict) {
        Display display = Display.getCurrent();
        return switch (verdict) {
            case VULNERABLE, OUT_OF_SUPPORT -> display.getSystemColor(SWT.COLOR_RED);
            case UNDETERMINED -> display.getSystemColor(SWT.COLOR_DARK_YELLOW);
            case PATCHED -> display.getSystemColor(SWT.COLOR_DARK_GREEN);
            default -> null;
        };
    }
}
