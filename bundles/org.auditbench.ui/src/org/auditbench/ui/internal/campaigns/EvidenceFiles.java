package org.auditbench.ui.internal.campaigns;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;

/** How the auditor picks evidence files: the native file dialog, unless a test or a scripted run sets another way. */
public final class EvidenceFiles {

    private static volatile Function<Shell, List<Path>> chooser = EvidenceFiles::nativeDialog;

    private EvidenceFiles() {
    }

    /** Replaces the native file dialog; {@code null} restores it. */
    public static void use(Function<Shell, List<Path>> other) {
        chooser = other == null ? EvidenceFiles::nativeDialog : other;
    }

    static List<Path> choose(Shell shell) {
        return chooser.apply(shell);
    }

    private static List<Path> nativeDialog(Shell shell) {
        FileDialog dialog = new FileDialog(shell, SWT.OPEN | SWT.MULTI);
        dialog.setText(Messages.Statement_addAttachment);
        if (dialog.open() == null) {
            return List.of();
        }
        return Arrays.stream(dialog.getFileNames()).map(name -> Path.of(dialog.getFilterPath(), name)).toList();
    }
}
