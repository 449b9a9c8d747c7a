package org.auditbench.ui.internal;

import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.plugin.AbstractUIPlugin;
import org.auditbench.ui.WidgetIds;
import org.osgi.framework.FrameworkUtil;

/** Product name, version, Java runtime and data directory: what a support request needs. */
final class AboutDialog extends TitleAreaDialog {

    private Image logo;

    AboutDialog(Shell parent) {
        super(parent);
    }

    static String version() {
        return FrameworkUtil.getBundle(AboutDialog.class).getVersion().toString();
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.About_title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(Platform.getProduct() == null ? "Auditbench" : Platform.getProduct().getName());
        setMessage(Messages.About_message);
        logo = AbstractUIPlugin.imageDescriptorFromPlugin(AuditbenchUiPlugin.ID, "icons/auditbench48.png").createImage();
        setTitleImage(logo);
        Composite facts = new Composite(area, SWT.NONE);
        facts.setLayout(new GridLayout(2, false));
        facts.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        fact(facts, "about.version", Messages.About_version, version());
        fact(facts, "about.java", Messages.About_java,
                System.getProperty("java.vendor") + " " + System.getProperty("java.version"));
        fact(facts, "about.data", Messages.About_dataDirectory, DataDirectory.describe());
        return area;
    }

    private static void fact(Composite parent, String id, String name, String value) {
        new Label(parent, SWT.NONE).setText(name + ":");
        Label label = new Label(parent, SWT.NONE);
        label.setText(value);
        WidgetIds.set(label, id);
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
    }

    @Override
    public boolean close() {
        if (logo != null) {
            logo.dispose();
        }
        return super.close();
    }
}
