package org.auditbench.ui.internal.editors;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.auditbench.core.figures.CaseFigures;
import org.auditbench.model.Attachment;
import org.auditbench.model.AuditCase;
import org.auditbench.ui.WidgetIds;
import org.auditbench.ui.internal.emf.ItemLabelProvider;
import org.auditbench.ui.internal.emf.ItemTreeContentProvider;
import org.auditbench.ui.internal.store.WorkbenchStore;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.widgets.FormToolkit;

/**
 * Statements and assessments: the cases that answered or were assessed, each with its statements
 * (measures, attachments) and assessment (follow-ups) in a tree; beside it the selected case's latest
 * statement, the gaps found in it and the assessment. A double click opens an attachment.
 */
final class StatementsPage extends CampaignPage {

    private TreeViewer tree;
    private Text details;
    private final ItemLabelProvider labels = new ItemLabelProvider() {
        @Override
        public String getText(Object element) {
            return element instanceof AuditCase auditCase ? auditCase.getInstitution().getName() : super.getText(element);
        }
    };
    private List<CaseFigures> cases = List.of();

    StatementsPage(CampaignEditor editor) {
        super(editor, "statements", Messages.Page_statements);
    }

    @Override
    protected void create(Composite body, FormToolkit toolkit) {
        GridLayoutFactory.fillDefaults().numColumns(2).margins(8, 8).spacing(10, 0).applyTo(body);
        tree = new TreeViewer(body, SWT.SINGLE | SWT.BORDER);
        WidgetIds.set(tree.getTree(), "campaign.statements");
        tree.setContentProvider(new ItemTreeContentProvider() {
            @Override
            public Object[] getChildren(Object parent) {
                if (parent instanceof AuditCase auditCase) {
                    List<Object> children = new ArrayList<>(auditCase.getStatements());
                    if (auditCase.getAssessment() != null) {
                        children.add(auditCase.getAssessment());
                    }
                    return children.toArray();
                }
                return super.getChildren(parent);
            }

            @Override
            public boolean hasChildren(Object element) {
                return getChildren(element).length > 0;
            }
        });
        tree.setLabelProvider(labels);
        GridDataFactory.fillDefaults().grab(true, true).hint(320, 300).applyTo(tree.getTree());
        details = WidgetIds.set(toolkit.createText(body, "", SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER),
                "campaign.statements.details");
        GridDataFactory.fillDefaults().grab(true, true).hint(420, 300).applyTo(details);
        tree.addSelectionChangedListener(e -> showDetails());
        tree.addDoubleClickListener(e -> {
            if (((IStructuredSelection) e.getSelection()).getFirstElement() instanceof Attachment attachment) {
                open(attachment);
            }
        });
    }

    private void showDetails() {
        AuditCase auditCase = caseOf(((IStructuredSelection) tree.getSelection()).getFirstElement());
        campaignEditor().select(auditCase == null ? List.of() : List.of(auditCase));
        details.setText(cases.stream().filter(c -> c.auditCase() == auditCase).findFirst().map(CaseDetails::of).orElse(""));
    }

    private static AuditCase caseOf(Object element) {
        Object current = element;
        while (current instanceof EObject object && !(current instanceof AuditCase)) {
            current = object.eContainer();
        }
        return current instanceof AuditCase auditCase ? auditCase : null;
    }

    /** Writes the attachment's stored bytes into a temporary folder and opens it with the desktop's program. */
    private void open(Attachment attachment) {
        try {
            Path folder = Files.createTempDirectory("auditbench-attachment");
            Path file = folder.resolve(Path.of(attachment.getFileName()).getFileName().toString());
            Files.write(file, WorkbenchStore.get().campaigns().readContent(attachment));
            if (!Program.launch(file.toString())) {
                MessageDialog.openError(getSite().getShell(), getTitle(), NLS.bind(Messages.Letters_cannotOpen, file));
            }
        } catch (IOException | RuntimeException e) {
            MessageDialog.openError(getSite().getShell(), getTitle(), NLS.bind(Messages.Letters_cannotOpen, attachment.getFileName())
                    + "\n" + e.getMessage());
        }
    }

    @Override
    protected void fill(CampaignData data) {
        cases = data.figures().cases();
        tree.setInput(cases.stream().map(CaseFigures::auditCase)
                .filter(c -> !c.getStatements().isEmpty() || c.getAssessment() != null).toList());
        tree.expandToLevel(2);
        showDetails();
    }

    @Override
    public void dispose() {
        labels.dispose();
        super.dispose();
    }
}
