package org.auditbench.ui.internal.editors;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.auditbench.core.SelectionRuleText;
import org.auditbench.core.figures.CampaignFigures;
import org.auditbench.io.RegisterValidator;
import org.auditbench.model.AuditPackage;
import org.auditbench.model.Campaign;
import org.auditbench.model.CaseState;
import org.auditbench.model.edit.AuditbenchItemProviders;
import org.auditbench.report.ReportDefinition;
import org.auditbench.report.ReportScope;
import org.auditbench.ui.WidgetIds;
import org.auditbench.ui.internal.emf.TextBinding;
import org.auditbench.ui.internal.emf.ValidationMarks;
import org.auditbench.ui.internal.reports.RunReports;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.events.HyperlinkAdapter;
import org.eclipse.ui.forms.events.HyperlinkEvent;
import org.eclipse.ui.forms.widgets.ExpandableComposite;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Hyperlink;
import org.eclipse.ui.forms.widgets.Section;

/**
 * The campaign at a glance: its title (edited with undo), template and legal basis, dates, how the
 * members were selected (rule and seed), the cases by state with the headline figures, and the reports
 * run on a campaign (each opens the Run Report dialog with it chosen).
 */
final class OverviewPage extends CampaignPage {

    private FormToolkit toolkit;
    private Text title;
    /** The title field edits the campaign as first read, bound once it is there. */
    private boolean titleBound;
    private ValidationMarks marks;
    private Label template;
    private Label legalBasis;
    private Label dates;
    private Label selection;
    private Label figures;
    private final Map<CaseState, Label> byState = new EnumMap<>(CaseState.class);

    OverviewPage(CampaignEditor editor) {
        super(editor, "overview", Messages.Page_overview);
    }

    @Override
    protected void create(Composite body, FormToolkit toolkit) {
        this.toolkit = toolkit;
        marks = new ValidationMarks(getManagedForm().getForm().getForm());
        GridLayoutFactory.swtDefaults().numColumns(2).equalWidth(false).margins(10, 6).spacing(20, 10).applyTo(body);
        Composite campaign = section(body, Messages.Overview_campaign);
        GridLayoutFactory.swtDefaults().numColumns(2).spacing(12, 6).applyTo(campaign);
        toolkit.createLabel(campaign, Messages.Overview_title + ":");
        title = WidgetIds.set(toolkit.createText(campaign, "", SWT.BORDER), "campaign.title");
        GridDataFactory.fillDefaults().grab(true, false).hint(380, SWT.DEFAULT).applyTo(title);
        marks.watch(AuditPackage.Literals.CAMPAIGN__TITLE, title);
        template = value(campaign, Messages.Overview_template, "campaign.template");
        legalBasis = value(campaign, Messages.Overview_legalBasis, "campaign.legalBasis");
        dates = value(campaign, Messages.Overview_dates, "campaign.dates");
        selection = value(campaign, Messages.Overview_selection, "campaign.selection");

        Composite cases = section(body, Messages.Overview_cases);
        GridLayoutFactory.swtDefaults().numColumns(2).spacing(12, 4).applyTo(cases);
        for (CaseState state : CaseState.VALUES) {
            byState.put(state, value(cases, AuditbenchItemProviders.literal(state), "campaign.state." + state.getName()));
        }
        figures = toolkit.createLabel(cases, "", SWT.WRAP);
        WidgetIds.set(figures, "campaign.figures");
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(300, SWT.DEFAULT).indent(0, 8).applyTo(figures);
        createReports(body);
    }

    /** The reports run on a campaign, each a link that opens the Run Report dialog with it chosen. */
    private void createReports(Composite body) {
        Composite reports = section(body, Messages.Overview_reports);
        GridLayoutFactory.swtDefaults().numColumns(2).spacing(12, 4).applyTo(reports);
        for (ReportDefinition report : RunReports.offeredOn(ReportScope.CAMPAIGN)) {
            Hyperlink link = WidgetIds.set(toolkit.createHyperlink(reports, report.name(), SWT.NONE), "campaign.report." + report.id());
            link.addHyperlinkListener(new HyperlinkAdapter() {
                @Override
                public void linkActivated(HyperlinkEvent e) {
                    CampaignData data = campaignEditor().data();
                    if (data != null) {
                        RunReports.open(getSite().getShell(), data.campaign(), report.id());
                    }
                }
            });
            toolkit.createLabel(reports, report.formats().stream().map(f -> f.birtName().toUpperCase(Locale.ROOT))
                    .collect(Collectors.joining(", ")));
        }
    }

    private Composite section(Composite body, String text) {
        Section section = toolkit.createSection(body, ExpandableComposite.TITLE_BAR | ExpandableComposite.EXPANDED);
        section.setText(text);
        GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.BEGINNING).applyTo(section);
        Composite client = toolkit.createComposite(section);
        section.setClient(client);
        return client;
    }

    private Label value(Composite parent, String label, String id) {
        toolkit.createLabel(parent, label + ":");
        Label value = WidgetIds.set(toolkit.createLabel(parent, "", SWT.WRAP), id);
        GridDataFactory.fillDefaults().grab(true, false).hint(380, SWT.DEFAULT).applyTo(value);
        return value;
    }

    @Override
    protected void fill(CampaignData data) {
        Campaign edited = campaignEditor().edited();
        if (!titleBound) {
            new TextBinding(campaignEditor().session(), title, edited, AuditPackage.Literals.CAMPAIGN__TITLE);
            titleBound = true;
        }
        Campaign campaign = data.campaign();
        Locale locale = Locale.getDefault();
        template.setText(data.template().title().in(locale));
        legalBasis.setText(text(campaign.getLegalBasis()));
        dates.setText(dates(campaign));
        selection.setText(text(SelectionRuleText.of(campaign, locale)));
        CampaignFigures numbers = data.figures();
        numbers.byState().forEach((state, count) -> byState.get(state).setText(String.valueOf(count)));
        // MessageFormat, not NLS.bind: the counts choose "1 case" or "2 cases"
        figures.setText(MessageFormat.format(Messages.Overview_figures, campaign.getCases().size(), numbers.scanned(),
                numbers.lettersSent(), numbers.statementsReceived(), numbers.assessed(), numbers.overdue()));
        showFindings(RegisterValidator.check(edited));
    }

    /** Shows the validator's findings on the page (when built); returns the header's message. */
    String showFindings(Diagnostic findings) {
        return marks == null || getManagedForm().getForm().isDisposed() ? ValidationMarks.headline(findings) : marks.show(findings);
    }

    /** The campaign's dates that are set; a scan phase with one end open shows it as "–". */
    private static String dates(Campaign campaign) {
        List<String> parts = new ArrayList<>();
        parts.add(NLS.bind(Messages.Overview_created, day(campaign.getCreatedOn())));
        if (campaign.getScanPhaseStart() != null || campaign.getScanPhaseEnd() != null) {
            parts.add(NLS.bind(Messages.Overview_scanPhase, day(campaign.getScanPhaseStart()), day(campaign.getScanPhaseEnd())));
        }
        if (campaign.getLetterDate() != null) {
            parts.add(NLS.bind(Messages.Overview_letterDate, day(campaign.getLetterDate())));
        }
        if (campaign.getDeadline() != null) {
            parts.add(NLS.bind(Messages.Overview_deadline, day(campaign.getDeadline())));
        }
        return String.join("; ", parts);
    }

    private static String day(Date date) {
        return date == null ? "–" : AuditbenchItemProviders.date(date);
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? "–" : value;
    }
}
