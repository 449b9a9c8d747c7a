package org.auditbench.ui.internal.store;

import java.util.concurrent.atomic.AtomicReference;

import javax.crypto.spec.PBEKeySpec;

import org.eclipse.equinox.security.storage.provider.IPreferencesContainer;
import org.eclipse.equinox.security.storage.provider.PasswordProvider;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;

/**
 * The master password that encrypts Eclipse secure storage (where the server password is kept), asked
 * when the storage is first needed in a session (Equinox keeps it for the rest of it): the bare
 * {@code org.eclipse.equinox.security} of the target brings no provider on Linux, so without this one it
 * fails with "No password provided". Cancelled, nothing is stored or read. Not used when the runtime names
 * a password file ({@code -eclipse.password}, as the UI tests do).
 */
public final class MasterPasswordProvider extends PasswordProvider {

    @Override
    public PBEKeySpec getPassword(IPreferencesContainer container, int passwordType) {
        boolean choose = (passwordType & CREATE_NEW_PASSWORD) != 0;
        AtomicReference<String> answer = new AtomicReference<>();
        Display.getDefault().syncExec(() -> {
            InputDialog dialog = new InputDialog(Display.getDefault().getActiveShell(), Messages.MasterPassword_title,
                    choose ? Messages.MasterPassword_choose : Messages.MasterPassword_enter, "",
                    value -> value.isEmpty() ? Messages.MasterPassword_empty : null) {
                @Override
                protected int getInputTextStyle() {
                    return SWT.SINGLE | SWT.BORDER | SWT.PASSWORD;
                }
            };
            if (dialog.open() == Window.OK) {
                answer.set(dialog.getValue());
            }
        });
        return answer.get() == null ? null : new PBEKeySpec(answer.get().toCharArray());
    }

    /** A wrong master password: ask again rather than fail. */
    @Override
    public boolean retryOnError(Exception e, IPreferencesContainer container) {
        return true;
    }
}
