package org.auditbench.ui.internal.results;

import java.util.List;

import org.auditbench.core.scan.ChangeAspect;
import org.auditbench.core.scan.DomainChange;
import org.auditbench.core.scan.Trend;
import org.auditbench.core.scan.InstitutionDelta;
import org.auditbench.core.scan.InstitutionVerdict;
import org.auditbench.model.DomainScan;
import org.auditbench.ui.internal.scans.VerdictTexts;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Display;

/** The rows of the Delta view in the auditor's words: institutions with their verdicts, their changes below. */
final class DeltaRows implements ITreeContentProvider {

    /** A domain a running rescan has just checked. */
    record Checked(DomainScan scan) {
    }

    @Override
    public Object[] getElements(Object input) {
        return ((List<?>) input).toArray();
    }

    @Override
    public Object[] getChildren(Object parent) {
        return parent instanceof InstitutionDelta change ? change.changes().toArray() : new Object[0];
    }

    @Override
    public Object getParent(Object element) {
        return null;
    }

    @Override
    public boolean hasChildren(Object element) {
        return element instanceof InstitutionDelta change && !change.changes().isEmpty();
    }

    static String name(Object row) {
        if (row instanceof InstitutionDelta change) {
            return change.institution().getName();
        }
        if (row instanceof Checked checked) {
            DomainScan scan = checked.scan();
            return (scan.getInstitution() == null ? "?" : scan.getInstitution().getName()) + " \u2013 " + scan.getDomainName();
        }
        DomainChange change = (DomainChange) row;
        return change.domain() + ": " + aspect(change.aspect()) + (change.subject().isEmpty() ? "" : " " + change.subject());
    }

    static String before(Object row) {
        if (row instanceof InstitutionDelta change) {
            return VerdictTexts.text(change.before());
        }
        return row instanceof DomainChange change ? value(change.before()) : "";
    }

    static String after(Object row) {
        if (row instanceof InstitutionDelta change) {
            return VerdictTexts.text(change.after());
        }
        if (row instanceof Checked checked) {
            return VerdictTexts.text(InstitutionVerdict.of(List.of(checked.scan())));
        }
        return value(((DomainChange) row).after());
    }

    static String direction(Object row) {
        if (row instanceof Checked) {
            return Messages.Delta_checked;
        }
        return row instanceof InstitutionDelta change ? switch (change.trend()) {
        case IMPROVED -> Messages.Delta_improved;
        case REGRESSED -> Messages.Delta_regressed;
        case CHANGED -> Messages.Delta_changed;
        case UNCHANGED -> Messages.Delta_unchanged;
        } : "";
    }

    static Color colour(Object row, Display display) {
        if (!(row instanceof InstitutionDelta change)) {
            return null;
        }
        Trend trend = change.trend();
        return trend == Trend.IMPROVED ? display.getSystemColor(SWT.COLOR_DARK_GREEN)
                : trend == Trend.REGRESSED ? display.getSystemColor(SWT.COLOR_RED) : null;
    }

    private static String value(String value) {
        return value == null ? Messages.Delta_absent : value;
    }

    private static String aspect(ChangeAspect aspect) {
        return switch (aspect) {
        case DOMAIN -> Messages.Aspect_DOMAIN;
        case MX_KIND -> Messages.Aspect_MX_KIND;
        case MAIL_SERVER -> Messages.Aspect_MAIL_SERVER;
        case ADDRESS -> Messages.Aspect_ADDRESS;
        case PROVIDER -> Messages.Aspect_PROVIDER;
        case OPEN_PORT -> Messages.Aspect_OPEN_PORT;
        case CLASSIFICATION -> Messages.Aspect_CLASSIFICATION;
        case CHECK_STATUS -> Messages.Aspect_CHECK_STATUS;
        };
    }
}
