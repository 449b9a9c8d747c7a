package org.auditbench.ui.internal.campaigns;

import java.util.List;
import java.util.stream.Collectors;

import org.auditbench.core.BadInputException;
import org.auditbench.core.CampaignDesk;
import org.auditbench.model.Campaign;
import org.auditbench.model.Institution;
import org.auditbench.model.MailDomain;
import org.auditbench.ui.WidgetIds;
import org.auditbench.ui.internal.store.WorkbenchStore;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/** Add Case: one institution, found by name, city or mail domain, joins the campaign by hand with the reason. */
final class AddCaseDialog extends TitleAreaDialog {

    /** How many matches the list shows; the auditor narrows the search for more. */
    private static final int SHOWN = 200;

    private final Campaign campaign;
    private Text search;
    private TableViewer matches;
    private Text reason;

    AddCaseDialog(Shell parent, Campaign campaign) {
        super(parent);
        this.campaign = campaign;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.AddCase_title);
        WidgetIds.set(shell, "addCase.dialog");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(Messages.AddCase_title + ": " + campaign.getTitle());
        setMessage(Messages.AddCase_message);
        Composite form = new Composite(area, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(form);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(form);
        new Label(form, SWT.NONE).setText(Messages.AddCase_search);
        search = WidgetIds.set(new Text(form, SWT.BORDER | SWT.SEARCH), "addCase.search");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(search);
        matches = new TableViewer(form, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL);
        WidgetIds.set(matches.getTable(), "addCase.matches");
        GridDataFactory.fillDefaults().span(2, 1).grab(true, true).hint(480, 220).applyTo(matches.getTable());
        matches.setContentProvider(ArrayContentProvider.getInstance());
        matches.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                Institution institution = (Institution) element;
                return institution.getName() + " \u2013 " + institution.getMailDomains().stream().map(MailDomain::getUnicodeName)
                        .collect(Collectors.joining(", "));
            }
        });
        new Label(form, SWT.NONE).setText(Messages.AddCase_reason);
        reason = WidgetIds.set(new Text(form, SWT.BORDER), "addCase.reason");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(reason);
        search.addListener(SWT.Modify, e -> find());
        matches.addSelectionChangedListener(e -> validate());
        reason.addListener(SWT.Modify, e -> validate());
        return area;
    }

    private void find() {
        String text = search.getText().strip();
        List<Institution> found = text.isEmpty() ? List.of() : WorkbenchStore.get().institutions().search(text, SHOWN);
        matches.setInput(found);
        if (found.size() == 1) {
            matches.setSelection(new StructuredSelection(found.get(0)));
        }
        validate();
    }

    private Institution chosen() {
        return matches.getStructuredSelection().getFirstElement() instanceof Institution i ? i : null;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, Messages.AddCase_add, true);
        createButton(parent, IDialogConstants.CANCEL_ID, Messages.Case_cancel, false);
        getButton(IDialogConstants.OK_ID).setEnabled(false);
    }

    private void validate() {
        String problem = chosen() == null ? Messages.AddCase_chooseInstitution : reason.getText().isBlank() ? Messages.AddCase_giveReason : null;
        setErrorMessage(null);
        setMessage(problem == null ? Messages.AddCase_message : problem);
        getButton(IDialogConstants.OK_ID).setEnabled(problem == null);
    }

    @Override
    protected void okPressed() {
        try {
            new CampaignDesk(CaseWork.session()).addCase(campaign.getId(), chosen().getId(), reason.getText().strip());
        } catch (BadInputException e) {
            setErrorMessage(CaseWork.message(e));
            return;
        }
        super.okPressed();
    }
}
