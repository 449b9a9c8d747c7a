package org.auditbench.ui.internal.editors;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.auditbench.core.FileNumberPattern;
import org.auditbench.model.AuditCase;
import org.auditbench.model.LetterKind;
import org.auditbench.model.edit.AuditbenchItemProviders;
import org.auditbench.ui.WidgetIds;
import org.auditbench.ui.internal.campaigns.GenerateLettersHandler;
import org.auditbench.ui.internal.campaigns.LettersJob;
import org.auditbench.ui.internal.campaigns.LettersSentHandler;
import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.expressions.IEvaluationContext;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.ISources;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.handlers.IHandlerService;

/**
 * The letters of the campaign, per case: its file number, kind, written, sent, deadline, file. Open Letter shows the
 * selected letter's file; Generate Letters writes again every request not yet sent (the workflow's
 * rule), Regenerate Letter only the selected case's, and Letters Sent records the sending of some or all,
 * through the Audit menu's own commands.
 */
final class LettersPage extends CampaignPage {

    private RowTable<LetterRow> table;
    private Button open;
    private Button regenerate;

    LettersPage(CampaignEditor editor) {
        super(editor, "letters", Messages.Page_letters);
    }

    @Override
    protected void create(Composite body, FormToolkit toolkit) {
        GridLayoutFactory.fillDefaults().numColumns(4).margins(8, 8).applyTo(body);
        Button generate = WidgetIds.set(toolkit.createButton(body, Messages.Letters_generate, SWT.PUSH), "campaign.letters.generate");
        generate.addListener(SWT.Selection, e -> run(GenerateLettersHandler.COMMAND_ID));
        Button sent = WidgetIds.set(toolkit.createButton(body, Messages.Letters_sent, SWT.PUSH), "campaign.letters.sent");
        sent.addListener(SWT.Selection, e -> run(LettersSentHandler.COMMAND_ID));
        open = WidgetIds.set(toolkit.createButton(body, Messages.Letters_open, SWT.PUSH), "campaign.letters.open");
        open.addListener(SWT.Selection, e -> openSelected());
        open.setEnabled(false);
        regenerate = WidgetIds.set(toolkit.createButton(body, Messages.Letters_regenerate, SWT.PUSH), "campaign.letters.regenerate");
        regenerate.setToolTipText(Messages.Letters_regenerateTip);
        regenerate.addListener(SWT.Selection, e -> regenerateSelected());
        regenerate.setEnabled(false);
        table = new RowTable<>(body, LetterRow.class, "campaign.letters")
                .column(Messages.Column_institution, 240, r -> r.auditCase().getInstitution().getName())
                .column(Messages.Column_fileNumber, 120, r -> FileNumberPattern.of(r.auditCase()))
                .column(Messages.Column_letter, 120, r -> r.letter() == null ? Messages.Letters_none
                        : AuditbenchItemProviders.literal(r.letter().getKind()))
                .fitting(Stream.concat(Stream.of(Messages.Letters_none), LetterKind.VALUES.stream().map(AuditbenchItemProviders::literal)))
                .column(Messages.Column_written, 110, r -> r.letter() == null ? "" : AuditbenchItemProviders.date(r.letter().getGeneratedAt()))
                .column(Messages.Column_sentOn, 100, r -> r.letter() == null ? "" : AuditbenchItemProviders.date(r.letter().getSentOn()))
                .column(Messages.Column_deadline, 100, r -> r.letter() == null ? "" : AuditbenchItemProviders.date(r.letter().getDeadline()))
                .column(Messages.Column_file, 320, r -> r.file() == null ? "" : r.file().getFileName().toString());
        GridDataFactory.fillDefaults().grab(true, true).span(4, 1).hint(400, 300).applyTo(table.viewer().getTable());
        table.viewer().addSelectionChangedListener(e -> {
            open.setEnabled(table.selected().size() == 1 && table.selected().get(0).file() != null);
            regenerate.setEnabled(selectedCase() != null);
            campaignEditor().select(table.selected().stream().map(LetterRow::auditCase).distinct().collect(Collectors.toList()));
        });
        table.viewer().addDoubleClickListener(e -> openSelected());
    }

    /** Runs an Audit command on this campaign, as if it were selected in the Campaigns view. */
    private void run(String commandId) {
        CampaignData data = campaignEditor().data();
        if (data == null) {
            return;
        }
        IHandlerService handlers = getSite().getService(IHandlerService.class);
        ICommandService commands = getSite().getService(ICommandService.class);
        IEvaluationContext context = handlers.createContextSnapshot(true);
        context.addVariable(ISources.ACTIVE_CURRENT_SELECTION_NAME, new StructuredSelection(data.campaign()));
        try {
            handlers.executeCommandInContext(new ParameterizedCommand(commands.getCommand(commandId), null), null, context);
        } catch (Exception e) {
            MessageDialog.openError(getSite().getShell(), getTitle(), e.getMessage());
        }
    }

    /** The one case the selected rows belong to, else null. */
    private AuditCase selectedCase() {
        List<AuditCase> cases = table.selected().stream().map(LetterRow::auditCase).distinct().toList();
        return cases.size() == 1 ? cases.get(0) : null;
    }

    /** Writes the selected case's request letter again; the workflow refuses it, with the reason, once it was sent. */
    private void regenerateSelected() {
        AuditCase auditCase = selectedCase();
        if (auditCase != null) {
            LettersJob.ofCase(campaignEditor().data().campaign().getId(), auditCase.getInstitution().getId(),
                    auditCase.getInstitution().getName()).scheduleShowingWarnings(getSite().getShell());
        }
    }

    private void openSelected() {
        List<LetterRow> selected = table.selected();
        Path file = selected.size() == 1 ? selected.get(0).file() : null;
        if (file == null) {
            return;
        }
        if (!Files.isRegularFile(file) || !Program.launch(file.toString())) {
            MessageDialog.openError(getSite().getShell(), getTitle(), NLS.bind(Messages.Letters_cannotOpen, file));
        }
    }

    @Override
    protected void fill(CampaignData data) {
        table.show(LetterRow.of(data));
    }
}
