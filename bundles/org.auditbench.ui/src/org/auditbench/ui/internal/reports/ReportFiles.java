package org.auditbench.ui.internal.reports;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.BiFunction;
import java.util.function.Consumer;

import org.auditbench.report.ReportFormat;
import org.auditbench.ui.internal.AuditbenchUiPlugin;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.swt.SWT;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;

/**
 * Where reports are written and how they are opened: the default file {@code <report>_<scope>_<yyyy-MM-dd>.<ext>}
 * in the remembered folder, the native save dialog and the desktop's program for the file. Tests replace the
 * dialog and the opener ({@link #useChooser}, {@link #useOpener}), as {@code EvidenceFiles.use} does.
 */
public final class ReportFiles {

    static final String FOLDER = "reports.folder";

    private static volatile BiFunction<Shell, Path, Path> chooser = ReportFiles::nativeDialog;
    private static volatile Consumer<Path> opener = ReportFiles::launch;

    private ReportFiles() {
    }

    /** Replaces the save dialog (shell and proposed file in, chosen file or null out); {@code null} restores it. */
    public static void useChooser(BiFunction<Shell, Path, Path> other) {
        chooser = other == null ? ReportFiles::nativeDialog : other;
    }

    /** Replaces opening a finished report with the desktop's program; {@code null} restores it. */
    public static void useOpener(Consumer<Path> other) {
        opener = other == null ? ReportFiles::launch : other;
    }

    /** The file proposed for a report: its id, the scope, today, the format's extension, in the remembered folder. */
    static Path proposed(String reportId, ReportTarget target, ReportFormat format) {
        return folder().resolve(reportId + "_" + target.fileWord() + "_" + LocalDate.now() + "." + format.birtName());
    }

    static Path choose(Shell shell, Path proposed) {
        return chooser.apply(shell, proposed);
    }

    static void open(Path file) {
        opener.accept(file);
    }

    /** The folder of the last report written, the user's home at first. */
    static Path folder() {
        String folder = preferences().getString(FOLDER);
        Path path = folder.isEmpty() ? Path.of(System.getProperty("user.home")) : Path.of(folder);
        return Files.isDirectory(path) ? path : Path.of(System.getProperty("user.home"));
    }

    static void remember(Path file) {
        if (file.getParent() != null) {
            preferences().setValue(FOLDER, file.getParent().toString());
        }
    }

    private static IPreferenceStore preferences() {
        return AuditbenchUiPlugin.getDefault().getPreferenceStore();
    }

    private static Path nativeDialog(Shell shell, Path proposed) {
        FileDialog dialog = new FileDialog(shell, SWT.SAVE);
        dialog.setText(Messages.RunReport_chooseFile);
        dialog.setFilterPath(proposed.getParent().toString());
        dialog.setFileName(proposed.getFileName().toString());
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        return chosen == null ? null : Path.of(chosen);
    }

    /** Opens the file with the desktop's program; throws where there is none (the handler then says where it is). */
    private static void launch(Path file) {
        if (!Program.launch(file.toString())) {
            throw new IllegalStateException(file.toString());
        }
    }
}
