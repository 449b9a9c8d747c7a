package org.auditbench.ui.internal.editors;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.auditbench.core.FileNumberPattern;
import org.auditbench.core.figures.CaseFigures;
import org.auditbench.core.scan.InstitutionVerdict;
import org.auditbench.model.AssessmentVerdict;
import org.auditbench.model.AuditCase;
import org.auditbench.model.CaseState;
import org.auditbench.model.SelectionReason;
import org.auditbench.model.edit.AuditbenchItemProviders;
import org.auditbench.ui.internal.scans.VerdictTexts;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.widgets.FormToolkit;

/**
 * The members: each case with its institution, its file number (the one its letters carry), why it was selected, its state, deadline and whether it
 * is overdue, the Phase 1 verdict in colour, the day the statement came and the assessment. The
 * selected cases are the editor's selection (Audit > Record Statement ...).
 */
final class MembersPage extends CampaignPage {

    private RowTable<CaseFigures> table;
    private CampaignData data;

    MembersPage(CampaignEditor editor) {
        super(editor, "members", Messages.Page_members);
    }

    @Override
    protected void create(Composite body, FormToolkit toolkit) {
        GridLayoutFactory.fillDefaults().margins(8, 8).applyTo(body);
        table = new RowTable<>(body, CaseFigures.class, "campaign.members")
                .column(Messages.Column_institution, 240, c -> c.auditCase().getInstitution().getName())
                .column(Messages.Column_fileNumber, 120, c -> FileNumberPattern.of(c.auditCase()))
                .column(Messages.Column_reason, 110, c -> AuditbenchItemProviders.literal(c.auditCase().getSelectionReason()))
                .fitting(SelectionReason.VALUES.stream().map(AuditbenchItemProviders::literal))
                .column(Messages.Column_state, 140, c -> AuditbenchItemProviders.literal(c.auditCase().getState()))
                .fitting(CaseState.VALUES.stream().map(AuditbenchItemProviders::literal))
                .column(Messages.Column_deadline, 95, c -> c.deadline().map(AuditbenchItemProviders::date).orElse(""))
                .column(Messages.Column_overdue, 80, c -> c.overdue() ? Messages.Members_overdue : "",
                        c -> c.overdue() ? body.getDisplay().getSystemColor(SWT.COLOR_RED) : null)
                .column(Messages.Column_phase1, 170, c -> VerdictTexts.text(verdict(c)), c -> VerdictTexts.colour(verdict(c)))
                .fitting(Arrays.stream(InstitutionVerdict.values()).map(VerdictTexts::text))
                .column(Messages.Column_statement, 110, c -> c.latestStatement().map(s -> AuditbenchItemProviders.date(s.getReceivedOn()))
                        .orElse(""))
                .column(Messages.Column_assessment, 150, MembersPage::assessment)
                .fitting(AssessmentVerdict.VALUES.stream().map(AuditbenchItemProviders::literal));
        GridDataFactory.fillDefaults().grab(true, true).hint(400, 300).applyTo(table.viewer().getTable());
        table.viewer().addSelectionChangedListener(e -> campaignEditor().select(
                table.selected().stream().map(CaseFigures::auditCase).collect(Collectors.toList())));
    }

    private InstitutionVerdict verdict(CaseFigures figures) {
        return data.verdictOf(figures.auditCase().getInstitution());
    }

    private static String assessment(CaseFigures figures) {
        AuditCase auditCase = figures.auditCase();
        return auditCase.getAssessment() == null ? "" : AuditbenchItemProviders.literal(auditCase.getAssessment().getVerdict());
    }

    @Override
    protected void fill(CampaignData shown) {
        data = shown;
        table.show(shown.figures().cases());
    }
}
