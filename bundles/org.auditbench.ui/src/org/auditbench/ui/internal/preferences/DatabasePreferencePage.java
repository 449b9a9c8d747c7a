package org.auditbench.ui.internal.preferences;

import java.io.IOException;

import org.auditbench.store.AuditStore;
import org.auditbench.store.InputRefusedException;
import org.auditbench.store.StoreOptions;
import org.auditbench.ui.WidgetIds;
import org.auditbench.ui.internal.store.DatabaseSettings;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

/**
 * Window > Preferences > Auditbench > Database: the embedded database or a shared PostgreSQL server (URL,
 * user, password). The password goes to secure storage only; the choice takes effect at the next start.
 */
public final class DatabasePreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

    private DatabaseSettings settings;
    private Button embedded;
    private Button server;
    private Text url;
    private Text user;
    private Text password;
    private Button test;

    public DatabasePreferencePage() {
        setDescription(Messages.Database_description);
    }

    @Override
    public void init(IWorkbench workbench) {
        settings = DatabaseSettings.current();
    }

    @Override
    protected Control createContents(Composite parent) {
        Composite form = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(form);
        embedded = radio(form, Messages.Database_embedded, "database.embedded");
        server = radio(form, Messages.Database_server, "database.server");
        url = field(form, Messages.Database_url, "database.url", SWT.NONE);
        user = field(form, Messages.Database_user, "database.user", SWT.NONE);
        password = field(form, Messages.Database_password, "database.password", SWT.PASSWORD);
        new Label(form, SWT.NONE);
        test = WidgetIds.set(new Button(form, SWT.PUSH), "database.test");
        test.setText(Messages.Database_test);
        test.addListener(SWT.Selection, e -> testConnection());
        Label note = new Label(form, SWT.WRAP);
        note.setText(Messages.Database_nextStart);
        GridDataFactory.fillDefaults().span(2, 1).hint(400, SWT.DEFAULT).grab(true, false).indent(0, 8).applyTo(note);
        show();
        return form;
    }

    private Button radio(Composite form, String label, String id) {
        Button radio = WidgetIds.set(new Button(form, SWT.RADIO), id);
        radio.setText(label);
        radio.addListener(SWT.Selection, e -> validate());
        GridDataFactory.swtDefaults().span(2, 1).applyTo(radio);
        return radio;
    }

    private Text field(Composite form, String label, String id, int style) {
        new Label(form, SWT.NONE).setText(label);
        Text text = WidgetIds.set(new Text(form, SWT.BORDER | SWT.SINGLE | style), id);
        GridDataFactory.fillDefaults().grab(true, false).hint(320, SWT.DEFAULT).applyTo(text);
        text.addModifyListener(e -> validate());
        return text;
    }

    private void show() {
        server.setSelection(settings.onServer());
        embedded.setSelection(!settings.onServer());
        url.setText(settings.serverUrl());
        user.setText(settings.serverUser());
        // the stored password stays encrypted: reading it would ask for the master password
        password.setMessage(settings.hasPassword() ? Messages.Database_passwordKept : "");
        validate();
    }

    private void validate() {
        String problem = server.getSelection() ? urlProblem(url.getText().strip()) : null;
        setErrorMessage(problem);
        setValid(problem == null);
        url.setEnabled(server.getSelection());
        test.setEnabled(server.getSelection() && problem == null);
        user.setEnabled(server.getSelection());
        password.setEnabled(server.getSelection());
    }

    /**
     * Logs in with what the fields say (the stored password when the field is empty) and tells how it went;
     * nothing is saved. In a job: an unreachable server keeps the driver waiting for its connect timeout,
     * and the dialog stays usable meanwhile (the button waits for the answer).
     */
    private void testConnection() {
        String typed = password.getText();
        StoreOptions options = StoreOptions.defaults().withServer(DatabaseSettings.urlWithUser(url.getText().strip(), user.getText().strip()),
                typed.isEmpty() ? settings.password() : typed);
        String connecting = NLS.bind(Messages.Database_connecting, options.serverPlace());
        test.setEnabled(false);
        setErrorMessage(null);
        setMessage(connecting, INFORMATION);
        Display display = getShell().getDisplay();
        Job job = Job.create(connecting, monitor -> {
            String login = null;
            String failure = null;
            try {
                login = AuditStore.tryServer(options);
            } catch (RuntimeException e) {
                failure = e.getMessage();
            }
            String loggedInAs = login;
            String refusal = failure;
            display.asyncExec(() -> showTestResult(options, loggedInAs, refusal));
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule();
    }

    private void showTestResult(StoreOptions options, String login, String failure) {
        if (test.isDisposed()) {
            return; // the dialog was closed meanwhile
        }
        validate();
        if (failure == null) {
            setErrorMessage(null);
            setMessage(NLS.bind(Messages.Database_connected, options.serverPlace(), login), INFORMATION);
        } else {
            setMessage(null);
            setErrorMessage(NLS.bind(Messages.Database_notConnected, failure));
        }
    }

    /** Why the URL cannot be used, or null; a password in it would land in the preference file. */
    private static String urlProblem(String value) {
        if (value.matches("(?i).*[?&]password=.*")) {
            return Messages.Database_passwordInUrl;
        }
        try {
            StoreOptions.defaults().withServer(value, null);
            return null;
        } catch (InputRefusedException e) {
            return e.getMessage();
        }
    }

    @Override
    protected void performDefaults() {
        embedded.setSelection(true);
        server.setSelection(false);
        validate();
        super.performDefaults();
    }

    @Override
    public boolean performOk() {
        try {
            settings.save(server.getSelection(), url.getText(), user.getText(), password.getText());
            return true;
        } catch (IOException e) {
            setErrorMessage(NLS.bind(Messages.Database_passwordNotStored, e.getMessage()));
            return false;
        }
    }
}
