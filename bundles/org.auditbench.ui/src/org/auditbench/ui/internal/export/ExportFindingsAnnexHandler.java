package org.auditbench.ui.internal.export;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;

import org.auditbench.core.CampaignTemplates;
import org.auditbench.core.WorkflowSession;
import org.auditbench.model.AuditCase;
import org.auditbench.model.Campaign;
import org.auditbench.report.ReportCatalog;
import org.auditbench.report.ReportDefinition;
import org.auditbench.report.ReportFormat;
import org.auditbench.report.ReportRequest;
import org.auditbench.report.ReportRunner;
import org.auditbench.store.AuditStore;
import org.auditbench.ui.internal.ChosenFiles;
import org.auditbench.ui.internal.store.WorkbenchStore;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * File > Export > Findings Annex: the report {@code findings-annex} of the campaign selected (or of the
 * selected case's campaign) as XLSX or PDF, by the file name chosen, through the report bundle's runner.
 */
public final class ExportFindingsAnnexHandler extends AbstractHandler {

    public static final String COMMAND_ID = "org.auditbench.ui.commands.exportFindingsAnnex";
    static final String REPORT_ID = "findings-annex";

    @Override
    public Object execute(ExecutionEvent event) {
        Campaign campaign = campaign(HandlerUtil.getCurrentSelection(event));
        ReportDefinition annex = ReportCatalog.find(REPORT_ID).orElse(null);
        if (campaign == null || annex == null) {
            MessageDialog.openInformation(HandlerUtil.getActiveShell(event), Messages.Export_annexTitle, Messages.Export_annexSelect);
            return null;
        }
        Path target = ChosenFiles.choose(HandlerUtil.getActiveShell(event), new ChosenFiles.Request(true, Messages.Export_annexTitle,
                NLS.bind(Messages.Export_annexFile, campaign.getId()), "*.xlsx", "*.pdf"));
        if (target == null) {
            return null;
        }
        ReportFormat format = target.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf") ? ReportFormat.PDF : ReportFormat.XLSX;
        ReportRequest request = ReportRequest.campaign(campaign.getId()).locale(Locale.getDefault());
        new ExportJob(NLS.bind(Messages.Export_annexJob, campaign.getTitle()), target,
                out -> new ReportRunner(session()).run(annex, request, format, out)).start(HandlerUtil.getActiveShell(event));
        return null;
    }

    /** The campaign of the selection: a campaign, or the campaign of a case. */
    static Campaign campaign(ISelection selection) {
        if (selection instanceof IStructuredSelection structured) {
            Object first = structured.getFirstElement();
            if (first instanceof Campaign campaign) {
                return campaign;
            }
            if (first instanceof AuditCase auditCase) {
                return auditCase.getCampaign();
            }
        }
        return null;
    }

    private static WorkflowSession session() {
        AuditStore store = WorkbenchStore.get();
        return new WorkflowSession(store, store.actor(), Clock.systemDefaultZone(), CampaignTemplates.builtIn());
    }
}
