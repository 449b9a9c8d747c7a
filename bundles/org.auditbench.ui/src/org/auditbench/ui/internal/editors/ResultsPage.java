package org.auditbench.ui.internal.editors;

import java.text.NumberFormat;

import org.auditbench.ui.WidgetIds;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.widgets.FormToolkit;

/** The Phase 1 results of the members: one row per institution and mail server address, sortable and filtered as you type. */
final class ResultsPage extends CampaignPage {

    private RowTable<ResultRow> table;
    private Label count;

    ResultsPage(CampaignEditor editor) {
        super(editor, "results", Messages.Page_results);
    }

    @Override
    protected void create(Composite body, FormToolkit toolkit) {
        GridLayoutFactory.fillDefaults().numColumns(2).margins(8, 8).applyTo(body);
        Text filter = WidgetIds.set(toolkit.createText(body, "", SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL), "campaign.results.filter");
        filter.setMessage(Messages.Results_filter);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(filter);
        count = WidgetIds.set(toolkit.createLabel(body, ""), "campaign.results.count");
        GridDataFactory.fillDefaults().align(SWT.END, SWT.CENTER).hint(120, SWT.DEFAULT).applyTo(count);
        table = new RowTable<>(body, ResultRow.class, "campaign.results")
                .column(Messages.Column_institution, 200, ResultRow::institution)
                .column(Messages.Column_domain, 150, ResultRow::domain)
                .column(Messages.Column_server, 160, ResultRow::server)
                .column(Messages.Column_ip, 110, ResultRow::ip)
                .column(Messages.Column_provider, 140, ResultRow::provider)
                .column(Messages.Column_cve, 200, ResultRow::cve)
                .column(Messages.Column_blockedPorts, 100, ResultRow::blockedPorts)
                .column(Messages.Column_openPorts, 100, ResultRow::openPorts)
                .column(Messages.Column_smtp, 140, ResultRow::smtp)
                .column(Messages.Column_checkedOn, 95, ResultRow::checkedOn);
        GridDataFactory.fillDefaults().grab(true, true).span(2, 1).hint(400, 300).applyTo(table.viewer().getTable());
        filter.addModifyListener(e -> {
            table.filter(filter.getText());
            updateCount();
        });
    }

    @Override
    protected void fill(CampaignData data) {
        table.show(ResultRow.of(data));
        updateCount();
    }

    private void updateCount() {
        int rows = table.viewer().getTable().getItemCount();
        count.setText(rows == 1 ? Messages.Results_countOne : NLS.bind(Messages.Results_count, NumberFormat.getIntegerInstance().format(rows)));
    }
}
