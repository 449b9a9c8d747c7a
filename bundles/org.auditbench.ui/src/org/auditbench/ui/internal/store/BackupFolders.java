package org.auditbench.ui.internal.store;

import java.nio.file.Path;
import java.util.function.BiFunction;

import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Shell;

/** How the auditor picks a backup folder: the native folder dialog, unless a test or a scripted run sets another way. */
public final class BackupFolders {

    private static volatile BiFunction<Shell, String, Path> chooser = BackupFolders::nativeDialog;

    private BackupFolders() {
    }

    /** Replaces the folder dialog (given the shell and the dialog's message); {@code null} restores it. */
    public static void use(BiFunction<Shell, String, Path> other) {
        chooser = other == null ? BackupFolders::nativeDialog : other;
    }

    /** The chosen folder, or {@code null} when the auditor cancelled. */
    static Path choose(Shell shell, String message) {
        return chooser.apply(shell, message);
    }

    private static Path nativeDialog(Shell shell, String message) {
        DirectoryDialog dialog = new DirectoryDialog(shell);
        dialog.setMessage(message);
        String chosen = dialog.open();
        return chosen == null ? null : Path.of(chosen);
    }
}
