package org.auditbench.ui.internal.scans;

import java.util.HashMap;
import java.util.Map;

import org.auditbench.model.CheckStatus;
import org.auditbench.model.Observation;
import org.auditbench.model.edit.AuditbenchItemProviders;
import org.auditbench.scan.CheckDescriptor;
import org.auditbench.scan.ScanEngine;
import org.auditbench.ui.internal.emf.ItemLabelProvider;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Display;

/**
 * The columns of the Mail Servers view: what (servers, addresses, ports, and each finding under the
 * name of its check in the user's language), the result (coloured by gravity) and the finding's summary.
 */
final class FindingColumns {

    private final ItemLabelProvider items = new ItemLabelProvider();
    private final Map<String, String> checkNames = new HashMap<>();

    FindingColumns() {
        try {
            for (CheckDescriptor check : ScanEngine.contributedChecks()) {
                checkNames.put(check.id(), check.name());
            }
        } catch (CoreException e) {
            // findings are then shown by their check ids
            ILog.of(FindingColumns.class).log(e.getStatus());
        }
    }

    void install(TreeViewer viewer) {
        column(viewer, Messages.ScanResults_what, 380, new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return element instanceof Observation o ? checkName(o.getCheckId()) + " \u2013 " + o.getTarget() : items.getText(element);
            }

            @Override
            public Image getImage(Object element) {
                return items.getImage(element);
            }

            @Override
            public void dispose() {
                items.dispose();
                super.dispose();
            }
        });
        column(viewer, Messages.ScanResults_result, 130, new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return element instanceof Observation o ? AuditbenchItemProviders.literal(o.getStatus()) : "";
            }

            @Override
            public Color getForeground(Object element) {
                return element instanceof Observation o ? colour(o.getStatus()) : null;
            }
        });
        column(viewer, Messages.ScanResults_summary, 500, new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return element instanceof Observation o && o.getSummary() != null ? o.getSummary().lines().findFirst().orElse("") : "";
            }

            @Override
            public String getToolTipText(Object element) {
                return element instanceof Observation o ? o.getSummary() : null;
            }
        });
    }

    String checkName(String checkId) {
        return checkNames.getOrDefault(checkId, checkId);
    }

    /** Red for what needs action, orange for what needs a look, green for a clean result. */
    static Color colour(CheckStatus status) {
        Display display = Display.getCurrent();
        return switch (status) {
            case VULNERABLE, OUT_OF_SUPPORT, ERROR -> display.getSystemColor(SWT.COLOR_RED);
            case WARNING, UNDETERMINED, UNREACHABLE -> display.getSystemColor(SWT.COLOR_DARK_YELLOW);
            case OK, NOT_VULNERABLE -> display.getSystemColor(SWT.COLOR_DARK_GREEN);
            default -> null;
        };
    }

    private static void column(TreeViewer viewer, String title, int width, ColumnLabelProvider labels) {
        TreeViewerColumn column = new TreeViewerColumn(viewer, SWT.NONE);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(labels);
    }
}
