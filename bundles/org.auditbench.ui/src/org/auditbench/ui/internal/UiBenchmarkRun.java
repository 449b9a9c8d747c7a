package org.auditbench.ui.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.auditbench.ui.internal.editors.CampaignEditor;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;

/**
 * What {@code auditbench bench ui} asks of a started workbench, when the environment variable
 * {@value #VARIABLE} names a file: once the Institutions view shows the register, the workbench notes
 * the time and its window's bounds, types a few filters into the view (each timed to the repainted
 * table), opens the campaign {@value #CAMPAIGN} names (timed to its pages showing the read campaign),
 * closes the editor, gives its window the bounds in {@value #BOUNDS} ("x,y,width,height", as a user
 * would drag them) and exits as the user would, so that the next start shows whether they were kept.
 * One line per step goes into the file. Without the variable nothing happens.
 */
public final class UiBenchmarkRun {

    public static final String VARIABLE = "AUDITBENCH_BENCH_UI";
    public static final String CAMPAIGN = "AUDITBENCH_BENCH_UI_CAMPAIGN";
    public static final String BOUNDS = "AUDITBENCH_BENCH_UI_BOUNDS";
    /** Found in many, in few, in most and in none of the bench's institutions; the last one clears the filter. */
    private static final List<String> FILTERS = List.of("musterstadt 17", "einrichtung 0471", "pfarrei", "nirgendwo", "");

    private static final AtomicBoolean STARTED = new AtomicBoolean();
    private static volatile UiBenchmarkRun current;

    private final Path out;
    private final Display display;
    private long campaignOpened;

    private UiBenchmarkRun(Path out, Display display) {
        this.out = out;
        this.display = display;
    }

    /** Called whenever the Institutions view shows a load; starts the run on the first one. */
    public static void institutionsShown(Text filter, Table table) {
        String file = System.getenv(VARIABLE);
        if (file == null || file.isBlank() || !STARTED.compareAndSet(false, true)) {
            return;
        }
        UiBenchmarkRun run = new UiBenchmarkRun(Path.of(file), table.getDisplay());
        current = run;
        run.step(() -> {
            run.write("usable " + System.currentTimeMillis());
            Shell shell = run.window().getShell();
            run.write("window " + bounds(shell.getBounds()) + " " + shell.getMaximized());
            run.display.asyncExec(() -> run.step(() -> run.filter(filter, table, 0)));
        });
    }

    /** Called when a campaign editor shows a read campaign. */
    public static void campaignShown(CampaignEditor editor) {
        UiBenchmarkRun run = current;
        if (run != null && run.campaignOpened != 0) {
            run.step(() -> {
                editor.getSite().getShell().update();
                long millis = (System.nanoTime() - run.campaignOpened) / 1_000_000;
                run.campaignOpened = 0;
                run.write("campaign " + millis);
                editor.getSite().getPage().closeEditor(editor, false);
                run.display.asyncExec(() -> run.step(run::resizeAndExit));
            });
        }
    }

    private void filter(Text filter, Table table, int index) {
        long start = System.nanoTime();
        filter.setText(FILTERS.get(index));
        table.update();
        long micros = (System.nanoTime() - start) / 1_000;
        write("filter " + micros + " " + table.getItemCount() + " " + FILTERS.get(index));
        if (index + 1 < FILTERS.size()) {
            display.asyncExec(() -> step(() -> filter(filter, table, index + 1)));
        } else {
            display.asyncExec(() -> step(this::openCampaign));
        }
    }

    private void openCampaign() throws Exception {
        String id = System.getenv(CAMPAIGN);
        if (id == null || id.isBlank()) {
            resizeAndExit();
            return;
        }
        campaignOpened = System.nanoTime();
        IWorkbenchPage page = window().getActivePage();
        CampaignEditor.open(page, Long.parseLong(id.strip()), "bench");
    }

    private void resizeAndExit() {
        String wanted = System.getenv(BOUNDS);
        if (wanted != null && !wanted.isBlank()) {
            String[] parts = wanted.split(",");
            Shell shell = window().getShell();
            shell.setBounds(Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip()), Integer.parseInt(parts[2].strip()),
                    Integer.parseInt(parts[3].strip()));
            write("resized " + bounds(shell.getBounds()));
        }
        exit();
    }

    private void exit() {
        write("exit");
        display.asyncExec(() -> PlatformUI.getWorkbench().close());
    }

    private IWorkbenchWindow window() {
        return PlatformUI.getWorkbench().getWorkbenchWindows()[0];
    }

    /** Runs one step; a failure is written down and ends the run (and the workbench) instead of hanging the bench. */
    private void step(Step step) {
        try {
            step.run();
        } catch (Exception | LinkageError e) {
            write("failed " + e);
            exit();
        }
    }

    private void write(String line) {
        try {
            Files.writeString(out, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("bench ui: cannot write " + out, e);
        }
    }

    private static String bounds(Rectangle r) {
        return r.x + " " + r.y + " " + r.width + " " + r.height;
    }

    private interface Step {
        void run() throws Exception;
    }
}
