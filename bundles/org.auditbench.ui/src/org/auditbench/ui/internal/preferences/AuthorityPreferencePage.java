package org.auditbench.ui.internal.preferences;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.auditbench.core.BadInputException;
import org.auditbench.report.letters.AuthoritySettings;
import org.auditbench.ui.WidgetIds;
import org.auditbench.ui.internal.store.WorkbenchStore;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

/**
 * Window > Preferences > Auditbench > Authority: who signs the letters. The values live in
 * {@code authority.properties} of the data directory (see {@link AuthoritySettings}), where the command
 * line reads them too; this page reads the file when it opens and writes it on Apply.
 */
public final class AuthorityPreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

    private final Map<String, Text> fields = new LinkedHashMap<>();
    private AuthoritySettings settings;
    private LogoField logo;

    public AuthorityPreferencePage() {
        setDescription(Messages.Authority_description);
    }

    @Override
    public void init(IWorkbench workbench) {
        try {
            settings = AuthoritySettings.read(WorkbenchStore.dataDirectory());
        } catch (IOException | BadInputException e) {
            setErrorMessage(e.getMessage());
        }
    }

    @Override
    protected Control createContents(Composite parent) {
        Composite form = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(3).applyTo(form);
        field(form, AuthoritySettings.NAME, Messages.Authority_name);
        field(form, AuthoritySettings.STREET, Messages.Authority_street);
        field(form, AuthoritySettings.POSTCODE, Messages.Authority_postcode);
        field(form, AuthoritySettings.CITY, Messages.Authority_city);
        field(form, AuthoritySettings.PHONE, Messages.Authority_phone);
        field(form, AuthoritySettings.FAX, Messages.Authority_fax);
        field(form, AuthoritySettings.EMAIL, Messages.Authority_email);
        field(form, AuthoritySettings.SIGNER, Messages.Authority_signer);
        field(form, AuthoritySettings.LEGAL_REFERENCES, Messages.Authority_legalReferences);
        field(form, AuthoritySettings.PRIVACY_LINK, Messages.Authority_privacyLink);
        field(form, AuthoritySettings.DEADLINE_DAYS, Messages.Authority_deadlineDays).addModifyListener(e -> validate());
        logo = new LogoField(form, Messages.Authority_logo, this::validate);
        Label file = new Label(form, SWT.WRAP);
        file.setText(NLS.bind(Messages.Authority_file, WorkbenchStore.dataDirectory().resolve("authority.properties")));
        GridDataFactory.fillDefaults().span(3, 1).hint(400, SWT.DEFAULT).grab(true, false).indent(0, 8).applyTo(file);
        show();
        return form;
    }

    private Text field(Composite form, String key, String label) {
        new Label(form, SWT.NONE).setText(label);
        Text text = WidgetIds.set(new Text(form, SWT.BORDER | SWT.SINGLE), "authority." + key);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(320, SWT.DEFAULT).applyTo(text);
        fields.put(key, text);
        return text;
    }

    private void show() {
        if (settings == null) {
            return;
        }
        fields.forEach((key, text) -> text.setText(settings.get(key)));
        logo.setFile(settings.get(AuthoritySettings.LOGO));
    }

    private void validate() {
        String problem = logo.problem();
        String days = fields.get(AuthoritySettings.DEADLINE_DAYS).getText().strip();
        if (!days.isEmpty() && !days.matches("\\d{1,3}") || days.matches("0+")) {
            problem = Messages.Authority_deadlineInvalid;
        }
        setErrorMessage(problem);
        setValid(problem == null && settings != null);
    }

    @Override
    protected void performDefaults() {
        try {
            settings = AuthoritySettings.shipped(WorkbenchStore.dataDirectory());
            show();
        } catch (IOException e) {
            setErrorMessage(e.getMessage());
        }
        super.performDefaults();
    }

    @Override
    public boolean performOk() {
        if (settings == null) {
            return false;
        }
        fields.forEach((key, text) -> settings.set(key, text.getText()));
        settings.set(AuthoritySettings.LOGO, logo.file());
        try {
            settings.deadlineDays();
            settings.save();
            return true;
        } catch (IOException | BadInputException e) {
            setErrorMessage(NLS.bind(Messages.Authority_notSaved, e.getMessage()));
            return false;
        }
    }
}
