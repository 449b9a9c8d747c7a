package org.auditbench.ui.internal.campaigns;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.auditbench.core.AttachmentRefusedException;
import org.auditbench.core.Attachments;
import org.auditbench.core.BadInputException;
import org.auditbench.core.CaseDesk;
import org.auditbench.core.Dates;
import org.auditbench.core.gaps.Gap;
import org.auditbench.model.Attachment;
import org.auditbench.model.AuditCase;
import org.auditbench.model.AuditFactory;
import org.auditbench.model.Measure;
import org.auditbench.model.MeasureKind;
import org.auditbench.model.Statement;
import org.auditbench.model.StatementKind;
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
 * Records an institution's statement on its case: when it came, what kind of answer it is, what it says,
 * the monitoring it describes and the chronology of its measures. Saved through the workflow (which
 * refuses it in the wrong state); on a refusal the dialog stays open with everything typed.
 */
final class StatementDialog extends TitleAreaDialog {

    private static final StatementKind[] KINDS = StatementKind.values();
    private static final MeasureKind[] MEASURE_KINDS = MeasureKind.values();

    private final AuditCase auditCase;
    private final List<Measure> measures = new ArrayList<>();
    private final List<Attachment> attachments = new ArrayList<>();
    private DateField receivedOn;
    private Combo kind;
    private Text summary;
    private Text monitoring;
    private Text refusalReason;
    private TableViewer measureTable;
    private DateField measureDate;
    private Combo measureKind;
    private Text measureText;
    private TableViewer attachmentTable;
    private List<Gap> gaps;
    StatementDialog(Shell parent, AuditCase auditCase) {
        super(parent);
        this.auditCase = auditCase;
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    /** The gaps the rules found in the recorded statement; {@code null} until it was recorded. */
    List<Gap> gaps() {
        return gaps;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.Statement_title);
        WidgetIds.set(shell, "statement.dialog");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(Messages.Statement_title + ": " + CaseWork.institution(auditCase));
        setMessage(NLS.bind(Messages.Statement_message, CaseWork.institution(auditCase)));
        Composite form = new Composite(area, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(form);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(form);

        label(form, Messages.Statement_receivedOn);
        receivedOn = new DateField(form, "statement.receivedOn");

        label(form, Messages.Statement_kind);
        kind = WidgetIds.set(new Combo(form, SWT.READ_ONLY | SWT.DROP_DOWN), "statement.kind");
        for (StatementKind k : KINDS) {
            kind.add(AuditbenchItemProviders.literal(k));
        }
        kind.addListener(SWT.Selection, e -> validate());

        label(form, Messages.Statement_summary);
        summary = multiLine(form, "statement.summary", 3);
        label(form, Messages.Statement_monitoring);
        monitoring = multiLine(form, "statement.monitoring", 2);
        label(form, Messages.Statement_refusalReason);
        refusalReason = multiLine(form, "statement.refusalReason", 2);
        refusalReason.setEnabled(false);
        refusalReason.addListener(SWT.Modify, e -> validate());

        createMeasures(form);
        createAttachments(form);
        return area;
    }

    private void createAttachments(Composite form) {
        Group group = new Group(form, SWT.NONE);
        group.setText(Messages.Statement_attachments);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(group);
        GridLayoutFactory.swtDefaults().numColumns(3).applyTo(group);
        attachmentTable = new TableViewer(group, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI);
        WidgetIds.set(attachmentTable.getTable(), "statement.attachments");
        GridDataFactory.fillDefaults().grab(true, false).hint(400, 54).applyTo(attachmentTable.getTable());
        attachmentTable.setContentProvider(ArrayContentProvider.getInstance());
        attachmentTable.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                Attachment attachment = (Attachment) element;
                return NLS.bind(Messages.Statement_attachment, attachment.getFileName(), Math.max(1, (attachment.getSize() + 1023) / 1024));
            }
        });
        attachmentTable.setInput(attachments);
        Button add = WidgetIds.set(new Button(group, SWT.PUSH), "statement.addAttachment");
        add.setText(Messages.Statement_addAttachment);
        GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(add);
        add.addListener(SWT.Selection, e -> addAttachments());
        Button remove = WidgetIds.set(new Button(group, SWT.PUSH), "statement.removeAttachment");
        remove.setText(Messages.Statement_removeMeasure);
        GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(remove);
        remove.addListener(SWT.Selection, e -> {
            attachments.removeAll(((IStructuredSelection) attachmentTable.getSelection()).toList());
            attachmentTable.refresh();
        });
    }

    /** Files the auditor chose: no folder rule, but only regular files within the size limit. */
    private void addAttachments() {
        setErrorMessage(null);
        try {
            for (Path file : EvidenceFiles.choose(getShell())) {
                attachments.add(Attachments.withDefaultLimit().read(file, null));
            }
        } catch (AttachmentRefusedException e) {
            setErrorMessage(e.text().in(Locale.getDefault()));
        } catch (IOException e) {
            setErrorMessage(NLS.bind(Messages.Statement_cannotRead, e.getMessage(), e.getClass().getSimpleName()));
        } finally {
            attachmentTable.refresh();
        }
    }

    private void createMeasures(Composite form) {
        Group group = new Group(form, SWT.NONE);
        group.setText(Messages.Statement_measures);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, true).applyTo(group);
        GridLayoutFactory.swtDefaults().numColumns(4).applyTo(group);
        measureTable = new TableViewer(group, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI);
        WidgetIds.set(measureTable.getTable(), "statement.measures");
        measureTable.getTable().setHeaderVisible(true);
        measureTable.getTable().setLinesVisible(true);
        GridDataFactory.fillDefaults().span(4, 1).grab(true, true).hint(560, 110).applyTo(measureTable.getTable());
        column(Messages.Statement_measureDate, 100, m -> AuditbenchItemProviders.date(m.getDate()));
        column(Messages.Statement_measureKind, 190, m -> AuditbenchItemProviders.literal(m.getKind()));
        column(Messages.Statement_measureText, 260, Measure::getDescription);
        measureTable.setContentProvider(ArrayContentProvider.getInstance());
        measureTable.setInput(measures);

        measureDate = new DateField(group, "statement.measureDate");
        measureKind = WidgetIds.set(new Combo(group, SWT.READ_ONLY | SWT.DROP_DOWN), "statement.measureKind");
        for (MeasureKind k : MEASURE_KINDS) {
            measureKind.add(AuditbenchItemProviders.literal(k));
        }
        measureKind.select(0);
        measureText = WidgetIds.set(new Text(group, SWT.BORDER), "statement.measureText");
        measureText.setMessage(Messages.Statement_measureTextHint);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(measureText);
        Button add = WidgetIds.set(new Button(group, SWT.PUSH), "statement.addMeasure");
        add.setText(Messages.Statement_addMeasure);
        add.addListener(SWT.Selection, e -> addMeasure());
        Button remove = WidgetIds.set(new Button(group, SWT.PUSH), "statement.removeMeasure");
        remove.setText(Messages.Statement_removeMeasure);
        GridDataFactory.swtDefaults().span(4, 1).applyTo(remove);
        remove.addListener(SWT.Selection, e -> {
            measures.removeAll(((IStructuredSelection) measureTable.getSelection()).toList());
            measureTable.refresh();
        });
    }

    private void addMeasure() {
        Measure measure = AuditFactory.eINSTANCE.createMeasure();
        measure.setDate(Dates.of(measureDate.date()));
        measure.setKind(MEASURE_KINDS[measureKind.getSelectionIndex()]);
        measure.setDescription(measureText.getText().strip());
        measures.add(measure);
        // the chronology: in date order, as the gap rules read it
        measures.sort((a, b) -> a.getDate().compareTo(b.getDate()));
        measureTable.refresh();
        measureText.setText("");
    }

    private void column(String title, int width, java.util.function.Function<Measure, String> text) {
        TableViewerColumn column = new TableViewerColumn(measureTable, SWT.NONE);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((Measure) element);
            }
        });
    }

    private static void label(Composite parent, String text) {
        Label label = new Label(parent, SWT.NONE);
        label.setText(text);
        GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(label);
    }

    private static Text multiLine(Composite parent, String id, int lines) {
        Text text = WidgetIds.set(new Text(parent, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL), id);
        GridDataFactory.fillDefaults().grab(true, false).hint(420, text.getLineHeight() * lines + 6).applyTo(text);
        return text;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, Messages.Statement_record, true);
        createButton(parent, IDialogConstants.CANCEL_ID, Messages.Case_cancel, false);
        validate();
    }

    private void validate() {
        StatementKind chosen = kind.getSelectionIndex() < 0 ? null : KINDS[kind.getSelectionIndex()];
        refusalReason.setEnabled(chosen == StatementKind.REFUSAL);
        String problem = chosen == null ? Messages.Statement_chooseKind
                : chosen == StatementKind.REFUSAL && refusalReason.getText().isBlank() ? Messages.Statement_needsReason : null;
        setErrorMessage(null);
        if (problem != null) {
            setMessage(problem);
        } else {
            setMessage(NLS.bind(Messages.Statement_message, CaseWork.institution(auditCase)));
        }
        Button ok = getButton(IDialogConstants.OK_ID);
        if (ok != null) {
            ok.setEnabled(problem == null);
        }
    }

    @Override
    protected void okPressed() {
        Statement statement = AuditFactory.eINSTANCE.createStatement();
        statement.setReceivedOn(Dates.of(receivedOn.date()));
        statement.setKind(KINDS[kind.getSelectionIndex()]);
        statement.setSummary(summary.getText().strip());
        statement.setMonitoring(monitoring.getText().strip());
        if (statement.getKind() == StatementKind.REFUSAL) {
            statement.setRefusalReason(refusalReason.getText().strip());
        }
        statement.getMeasures().addAll(measures);
        statement.getAttachments().addAll(attachments);
        try {
            gaps = new CaseDesk(CaseWork.session()).recordStatement(auditCase.getCampaign().getId(), auditCase.getInstitution().getId(),
                    statement);
        } catch (BadInputException e) {
            // nothing was stored; the dialog keeps what was typed
            setErrorMessage(CaseWork.message(e));
            return;
        }
        super.okPressed();
    }
}
