package org.auditbench.ui.internal.reports;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.auditbench.core.BadInputException;
import org.auditbench.report.ReportDefinition;
import org.auditbench.report.ReportFormat;
import org.auditbench.report.ReportRequest;
import org.auditbench.report.ReportRunner;
import org.auditbench.report.ReportScope;
import org.auditbench.ui.WidgetIds;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * Run Report: the reports contributed for the target's scope, only the formats the chosen one declares, the
 * day it speaks of, the two scan runs a comparing report compares (the campaign's last two unless the
 * auditor chooses others) and the output file (proposed as {@code <report>_<scope>_<yyyy-MM-dd>.<ext>} in the folder
 * used last). OK checks the choice as the runner will and leaves the {@link #job()} to be scheduled.
 */
final class RunReportDialog extends TitleAreaDialog {

    private final ReportTarget target;
    private final List<ReportDefinition> reports;
    /** The report chosen when the dialog opens; {@code null}: the first. */
    private final String preset;
    private Combo report;
    private Combo format;
    private DateTime asOf;
    private Label runsLabel;
    private Combo earlierRun;
    private Combo laterRun;
    private ComparedRuns runs;
    /** Whether the chosen report compares two runs of the campaign, so that they are chosen here. */
    private boolean comparing;
    private Text file;
    private ReportJob job;

    RunReportDialog(Shell parent, ReportTarget target, String preset) {
        super(parent);
        this.target = target;
        this.reports = target.reports();
        this.preset = preset;
    }

    /** The job that writes the report; {@code null} until OK was pressed. */
    ReportJob job() {
        return job;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.RunReport_title);
        WidgetIds.set(shell, "runReport.dialog");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(Messages.RunReport_title + ": " + target.label());
        setMessage(Messages.RunReport_message);
        Composite form = new Composite(area, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(form);
        GridLayoutFactory.swtDefaults().numColumns(3).applyTo(form);
        new Label(form, SWT.NONE).setText(Messages.RunReport_report);
        report = WidgetIds.set(new Combo(form, SWT.READ_ONLY), "runReport.report");
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(report);
        reports.forEach(r -> report.add(r.name()));
        new Label(form, SWT.NONE).setText(Messages.RunReport_format);
        format = WidgetIds.set(new Combo(form, SWT.READ_ONLY), "runReport.format");
        GridDataFactory.fillDefaults().span(2, 1).applyTo(format);
        new Label(form, SWT.NONE).setText(Messages.RunReport_asOf);
        asOf = WidgetIds.set(new DateTime(form, SWT.DATE | SWT.DROP_DOWN | SWT.BORDER), "runReport.date");
        GridDataFactory.swtDefaults().span(2, 1).applyTo(asOf);
        createRunChoice(form);
        new Label(form, SWT.NONE).setText(Messages.RunReport_file);
        file = WidgetIds.set(new Text(form, SWT.BORDER), "runReport.file");
        GridDataFactory.fillDefaults().grab(true, false).hint(420, SWT.DEFAULT).applyTo(file);
        Button browse = WidgetIds.set(new Button(form, SWT.PUSH), "runReport.browse");
        browse.setText(Messages.RunReport_browse);
        report.addListener(SWT.Selection, e -> reportChosen());
        format.addListener(SWT.Selection, e -> propose());
        earlierRun.addListener(SWT.Selection, e -> validate());
        laterRun.addListener(SWT.Selection, e -> validate());
        browse.addListener(SWT.Selection, e -> browse());
        file.addListener(SWT.Modify, e -> validate());
        report.select(Math.max(0, reports.stream().map(ReportDefinition::id).toList().indexOf(preset)));
        reportChosen();
        return area;
    }

    /** The two scan runs a comparing report compares, shown only for such a report. */
    private void createRunChoice(Composite form) {
        runsLabel = new Label(form, SWT.NONE);
        runsLabel.setText(Messages.RunReport_runs);
        GridDataFactory.swtDefaults().applyTo(runsLabel);
        earlierRun = WidgetIds.set(new Combo(form, SWT.READ_ONLY), "runReport.earlierRun");
        laterRun = WidgetIds.set(new Combo(form, SWT.READ_ONLY), "runReport.laterRun");
        earlierRun.setToolTipText(Messages.RunReport_earlierRun);
        laterRun.setToolTipText(Messages.RunReport_laterRun);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(earlierRun);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(laterRun);
    }

    /** Shows the run choice for a report that compares runs, the campaign's last two chosen. */
    private void showRunChoice() {
        comparing = chosenReport().comparesRuns() && target.scope() == ReportScope.CAMPAIGN;
        if (comparing && runs == null) {
            runs = ComparedRuns.ofCampaign(target.id());
            runs.labels().forEach(l -> {
                earlierRun.add(l);
                laterRun.add(l);
            });
            earlierRun.select(runs.size() - 2);
            laterRun.select(runs.size() - 1);
        }
        for (Control control : List.of(runsLabel, earlierRun, laterRun)) {
            control.setVisible(comparing);
            ((GridData) control.getLayoutData()).exclude = !comparing;
        }
        runsLabel.getParent().requestLayout();
        Shell shell = getShell();
        if (shell != null && shell.isVisible()) {
            // the row of runs appears in an open dialog: it grows to show it
            Point wanted = shell.computeSize(SWT.DEFAULT, SWT.DEFAULT);
            shell.setSize(Math.max(wanted.x, shell.getSize().x), Math.max(wanted.y, shell.getSize().y));
        }
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, Messages.RunReport_run, true);
        createButton(parent, IDialogConstants.CANCEL_ID, Messages.RunReport_cancel, false);
        validate();
    }

    private ReportDefinition chosenReport() {
        return reports.get(Math.max(0, report.getSelectionIndex()));
    }

    private ReportFormat chosenFormat() {
        return ReportFormat.of(format.getItem(Math.max(0, format.getSelectionIndex())));
    }

    /** Offers the formats the report declares, the first selected, and proposes its file. */
    private void reportChosen() {
        format.removeAll();
        chosenReport().formats().forEach(f -> format.add(f.birtName()));
        format.select(0);
        showRunChoice();
        propose();
        validate();
    }

    /** The default file of the report and format, in the folder of the file shown (the remembered one at first). */
    private void propose() {
        Path proposed = ReportFiles.proposed(chosenReport().id(), target, chosenFormat());
        Path shown = file.getText().isBlank() ? null : Path.of(file.getText().strip());
        if (shown != null && shown.getParent() != null) {
            proposed = shown.getParent().resolve(proposed.getFileName());
        }
        file.setText(proposed.toString());
    }

    private void browse() {
        Path chosen = ReportFiles.choose(getShell(), Path.of(file.getText().strip()));
        if (chosen != null) {
            file.setText(chosen.toString());
        }
    }

    private void validate() {
        Button ok = getButton(IDialogConstants.OK_ID);
        if (ok == null) {
            return;
        }
        String problem = problem();
        setErrorMessage(problem);
        ok.setEnabled(problem == null);
    }

    private String problem() {
        if (comparing && runs.size() < 2) {
            return NLS.bind(Messages.RunReport_tooFewRuns, runs.size());
        }
        if (comparing && earlierRun.getSelectionIndex() == laterRun.getSelectionIndex()) {
            return Messages.RunReport_sameRun;
        }
        String text = file.getText().strip();
        if (text.isEmpty()) {
            return Messages.RunReport_noFile;
        }
        Path folder = Path.of(text).toAbsolutePath().getParent();
        return folder == null || !Files.isDirectory(folder) ? NLS.bind(Messages.RunReport_noFolder, folder) : null;
    }

    @Override
    protected void okPressed() {
        ReportDefinition chosen = chosenReport();
        ReportFormat chosenFormat = chosenFormat();
        ReportRequest request = target.request().locale(Locale.getDefault())
                .asOf(LocalDate.of(asOf.getYear(), asOf.getMonth() + 1, asOf.getDay()));
        if (comparing) {
            request = request.runs(runs.id(earlierRun.getSelectionIndex()), runs.id(laterRun.getSelectionIndex()));
        }
        try {
            ReportRunner.check(chosen, request, chosenFormat);
        } catch (BadInputException e) {
            setErrorMessage(e.getMessage());
            return;
        }
        Path output = Path.of(file.getText().strip()).toAbsolutePath();
        ReportFiles.remember(output);
        job = new ReportJob(chosen, request, chosenFormat, output);
        super.okPressed();
    }
}
