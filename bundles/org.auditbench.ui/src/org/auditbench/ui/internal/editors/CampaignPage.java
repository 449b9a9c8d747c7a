package org.auditbench.ui.internal.editors;

import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;

/**
 * One page of the campaign editor: built when first shown, filled whenever the editor has read the
 * campaign (again); until then its header says it is being read.
 */
abstract class CampaignPage extends FormPage {

    protected CampaignPage(CampaignEditor editor, String id, String title) {
        super(editor, id, title);
    }

    protected CampaignEditor campaignEditor() {
        return (CampaignEditor) getEditor();
    }

    @Override
    protected final void createFormContent(IManagedForm managed) {
        ScrolledForm form = managed.getForm();
        managed.getToolkit().decorateFormHeading(form.getForm());
        form.setText(getTitle());
        create(form.getBody(), managed.getToolkit());
        CampaignData data = campaignEditor().data();
        if (data == null) {
            form.setMessage(Messages.Campaign_loading, IMessageProvider.INFORMATION);
        } else {
            show(data);
        }
    }

    /** Builds the page's widgets in {@code body}. */
    protected abstract void create(Composite body, FormToolkit toolkit);

    /** Shows {@code data} in the widgets. */
    protected abstract void fill(CampaignData data);

    /** Says in the header why the campaign cannot be shown (read again when the store changes). */
    final void showProblem(String problem) {
        IManagedForm managed = getManagedForm();
        if (managed != null && !managed.getForm().isDisposed()) {
            managed.getForm().setMessage(problem, IMessageProvider.ERROR);
        }
    }

    final void show(CampaignData data) {
        IManagedForm managed = getManagedForm();
        if (managed == null || managed.getForm().isDisposed()) {
            return; // not built yet: it is filled when first shown
        }
        managed.getForm().setMessage(null, IMessageProvider.NONE);
        fill(data);
        managed.getForm().reflow(true);
    }
}
