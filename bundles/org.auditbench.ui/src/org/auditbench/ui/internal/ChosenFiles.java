package org.auditbench.ui.internal;

import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;

/**
 * How the auditor picks one file to read or to write: the native file dialog, unless a test or a scripted
 * run sets another way ({@link #use}).
 */
public final class ChosenFiles {

    /** What is asked for: a file to read ({@code save} false) or to write, with the file name patterns offered. */
    public record Request(boolean save, String title, String suggestedName, String... patterns) {
    }

    /** Answers a request with a file, or {@code null} when the auditor cancelled. */
    @FunctionalInterface
    public interface Chooser {
        Path choose(Shell shell, Request request);
    }

    private static volatile Chooser chooser = ChosenFiles::nativeDialog;

    private ChosenFiles() {
    }

    /** Replaces the native file dialog; {@code null} restores it. */
    public static void use(Chooser other) {
        chooser = other == null ? ChosenFiles::nativeDialog : other;
    }

    /** @return the chosen file, or {@code null} when cancelled */
    public static Path choose(Shell shell, Request request) {
        return chooser.choose(shell, request);
    }

    private static Path nativeDialog(Shell shell, Request request) {
        FileDialog dialog = new FileDialog(shell, request.save() ? SWT.SAVE : SWT.OPEN);
        dialog.setText(request.title());
        dialog.setFilterExtensions(request.patterns());
        dialog.setOverwrite(request.save());
        if (request.suggestedName() != null) {
            dialog.setFileName(request.suggestedName());
        }
        String file = dialog.open();
        return file == null ? null : Path.of(file);
    }
}
