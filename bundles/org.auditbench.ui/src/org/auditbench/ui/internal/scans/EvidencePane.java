package org.auditbench.ui.internal.scans;

import org.auditbench.model.Observation;
import org.auditbench.model.edit.AuditbenchItemProviders;
import org.auditbench.ui.WidgetIds;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * The selected finding in full, below the tree: check, target, result, summary and the raw evidence
 * (answers, headers) in a fixed-width font, read-only but selectable, with a button that copies it all.
 */
final class EvidencePane {

    private final FindingColumns columns;
    private final Label title;
    private final Text text;
    private final Button copy;

    EvidencePane(Composite parent, FindingColumns columns) {
        this.columns = columns;
        Composite pane = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).margins(0, 4).applyTo(pane);
        title = WidgetIds.set(new Label(pane, SWT.NONE), "scanResults.evidenceTitle");
        GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(title);
        copy = WidgetIds.set(new Button(pane, SWT.PUSH), "scanResults.copy");
        copy.setText(Messages.Evidence_copy);
        copy.addListener(SWT.Selection, e -> copyToClipboard());
        text = WidgetIds.set(new Text(pane, SWT.MULTI | SWT.READ_ONLY | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL), "scanResults.evidence");
        text.setFont(JFaceResources.getTextFont());
        GridDataFactory.fillDefaults().span(2, 1).grab(true, true).applyTo(text);
        show(null);
    }

    /** Shows {@code element} when it is a finding, else says how to get one. */
    void show(Object element) {
        if (element instanceof Observation finding) {
            title.setText(Messages.Evidence_title);
            text.setText(describe(finding));
        } else {
            title.setText(Messages.Evidence_selectFinding);
            text.setText("");
        }
        copy.setEnabled(!text.getText().isEmpty());
    }

    private String describe(Observation finding) {
        StringBuilder all = new StringBuilder();
        all.append(columns.checkName(finding.getCheckId())).append(" \u2013 ").append(finding.getTarget()).append('\n');
        all.append(Messages.Evidence_result).append(' ').append(AuditbenchItemProviders.literal(finding.getStatus()));
        if (finding.getObservedAt() != null) {
            all.append(", ").append(AuditbenchItemProviders.date(finding.getObservedAt()));
        }
        all.append("\n\n");
        if (finding.getSummary() != null && !finding.getSummary().isBlank()) {
            all.append(finding.getSummary().strip()).append("\n\n");
        }
        all.append(Messages.Evidence_evidence).append('\n');
        all.append(finding.getEvidence() == null || finding.getEvidence().isBlank() ? Messages.Evidence_none
                : finding.getEvidence().replace("\r\n", "\n").stripTrailing());
        return all.toString().replace("\n", Text.DELIMITER);
    }

    private void copyToClipboard() {
        Clipboard clipboard = new Clipboard(text.getDisplay());
        try {
            clipboard.setContents(new Object[] { text.getText() }, new Transfer[] { TextTransfer.getInstance() });
        } finally {
            clipboard.dispose();
        }
    }
}
