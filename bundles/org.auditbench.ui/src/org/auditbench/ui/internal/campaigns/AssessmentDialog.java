package org.auditbench.ui.internal.campaigns;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.auditbench.core.BadInputException;
import org.auditbench.core.CaseDesk;
import org.auditbench.core.Dates;
import org.auditbench.model.AssessmentVerdict;
import org.auditbench.model.AuditCase;
import org.auditbench.model.AuditFactory;
import org.auditbench.model.FollowUp;
import org.auditbench.model.edit.AuditbenchItemProviders;
import org.auditbench.ui.WidgetIds;
import org.auditbench.ui.internal.DateField;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * The auditor's assessment of a case: the verdict, its reasons and the follow-up actions with their due
 * dates. Saved through the workflow; a refusal leaves the dialog open with everything typed.
 */
final class AssessmentDialog extends TitleAreaDialog {

    private static final AssessmentVerdict[] VERDICTS = AssessmentVerdict.values();

    private final AuditCase auditCase;
    private final List<FollowUp> followUps = new ArrayList<>();
    private Combo verdict;
    private Text reasons;
    private TableViewer followUpTable;
    private Text action;
    private DateField due;

    AssessmentDialog(Shell parent, AuditCase auditCase) {
        super(parent);
        this.auditCase = auditCase;
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.Assessment_title);
        WidgetIds.set(shell, "assessment.dialog");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(Messages.Assessment_title + ": " + CaseWork.institution(auditCase));
        Composite form = new Composite(area, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(form);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(form);

        // the statement and its gaps beside the verdict: what the assessment is about
        Label statementLabel = new Label(form, SWT.NONE);
        statementLabel.setText(Messages.Assessment_statementLabel);
        GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(statementLabel);
        Text statement = WidgetIds.set(new Text(form, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL | SWT.READ_ONLY),
                "assessment.statement");
        statement.setText(StatementSummary.of(auditCase));
        GridDataFactory.fillDefaults().grab(true, false).hint(420, statement.getLineHeight() * 7 + 6).applyTo(statement);

        new Label(form, SWT.NONE).setText(Messages.Assessment_verdict);
        verdict = WidgetIds.set(new Combo(form, SWT.READ_ONLY | SWT.DROP_DOWN), "assessment.verdict");
        for (AssessmentVerdict v : VERDICTS) {
            verdict.add(AuditbenchItemProviders.literal(v));
        }
        verdict.addListener(SWT.Selection, e -> validate());

        Label reasonsLabel = new Label(form, SWT.NONE);
        reasonsLabel.setText(Messages.Assessment_reasons);
        GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(reasonsLabel);
        reasons = WidgetIds.set(new Text(form, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL), "assessment.reasons");
        GridDataFactory.fillDefaults().grab(true, false).hint(420, reasons.getLineHeight() * 4 + 6).applyTo(reasons);
        reasons.addListener(SWT.Modify, e -> validate());

        Group group = new Group(form, SWT.NONE);
        group.setText(Messages.Assessment_followUps);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, true).applyTo(group);
        GridLayoutFactory.swtDefaults().numColumns(3).applyTo(group);
        followUpTable = new TableViewer(group, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI);
        WidgetIds.set(followUpTable.getTable(), "assessment.followUps");
        followUpTable.getTable().setHeaderVisible(true);
        followUpTable.getTable().setLinesVisible(true);
        GridDataFactory.fillDefaults().span(3, 1).grab(true, true).hint(520, 90).applyTo(followUpTable.getTable());
        column(Messages.Assessment_action, 380, FollowUp::getAction);
        column(Messages.Assessment_due, 110, f -> AuditbenchItemProviders.date(f.getDueDate()));
        followUpTable.setContentProvider(ArrayContentProvider.getInstance());
        followUpTable.setInput(followUps);

        action = WidgetIds.set(new Text(group, SWT.BORDER), "assessment.action");
        action.setMessage(Messages.Assessment_actionHint);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(action);
        due = new DateField(group, "assessment.due");
        due.setDate(LocalDate.now().plusWeeks(4));
        Button add = WidgetIds.set(new Button(group, SWT.PUSH), "assessment.addFollowUp");
        add.setText(Messages.Assessment_addFollowUp);
        add.addListener(SWT.Selection, e -> addFollowUp());
        Button remove = WidgetIds.set(new Button(group, SWT.PUSH), "assessment.removeFollowUp");
        remove.setText(Messages.Assessment_removeFollowUp);
        GridDataFactory.swtDefaults().span(3, 1).applyTo(remove);
        remove.addListener(SWT.Selection, e -> {
            followUps.removeAll(((IStructuredSelection) followUpTable.getSelection()).toList());
            followUpTable.refresh();
            validate();
        });
        return area;
    }

    private void addFollowUp() {
        if (action.getText().isBlank()) {
            setErrorMessage(Messages.Assessment_actionMissing);
            return;
        }
        FollowUp followUp = AuditFactory.eINSTANCE.createFollowUp();
        followUp.setAction(action.getText().strip());
        followUp.setDueDate(Dates.of(due.date()));
        followUps.add(followUp);
        followUpTable.refresh();
        action.setText("");
        validate();
    }

    private void column(String title, int width, java.util.function.Function<FollowUp, String> text) {
        TableViewerColumn column = new TableViewerColumn(followUpTable, SWT.NONE);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((FollowUp) element);
            }
        });
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, Messages.Assessment_record, true);
        createButton(parent, IDialogConstants.CANCEL_ID, Messages.Case_cancel, false);
        validate();
    }

    /** What the workflow would refuse, said before it is asked. */
    private void validate() {
        AssessmentVerdict chosen = verdict.getSelectionIndex() < 0 ? null : VERDICTS[verdict.getSelectionIndex()];
        String problem = chosen == null ? Messages.Assessment_chooseVerdict
                : reasons.getText().isBlank() ? Messages.Assessment_needsReasons
                : chosen == AssessmentVerdict.FOLLOW_UP_NEEDED && followUps.isEmpty() ? Messages.Assessment_needsFollowUp : null;
        setErrorMessage(null);
        setMessage(problem != null ? problem : NLS.bind(Messages.Assessment_message, CaseWork.institution(auditCase)));
        Button ok = getButton(IDialogConstants.OK_ID);
        if (ok != null) {
            ok.setEnabled(problem == null);
        }
    }

    @Override
    protected void okPressed() {
        try {
            new CaseDesk(CaseWork.session()).assess(auditCase.getCampaign().getId(), auditCase.getInstitution().getId(),
                    VERDICTS[verdict.getSelectionIndex()], reasons.getText().strip(), List.copyOf(followUps));
        } catch (BadInputException e) {
            setErrorMessage(CaseWork.message(e));
            return;
        }
        super.okPressed();
    }
}
