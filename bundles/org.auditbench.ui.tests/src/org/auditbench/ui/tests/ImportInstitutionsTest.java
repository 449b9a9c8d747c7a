package org.auditbench.ui.tests;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.auditbench.testing.ui.ScreenshotOnFailure;
import org.auditbench.testing.ui.UiDriver;
import org.auditbench.testing.ui.Widgets;
import org.auditbench.ui.internal.institutions.ImportJob;
import org.auditbench.ui.internal.institutions.ImportProblems;
import org.auditbench.ui.internal.store.WorkbenchStore;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.junit.Rule;
import org.junit.Test;

/** File > Import Institutions: the job behind it, all or nothing, and the view showing the result. */
public class ImportInstitutionsTest {

    private final UiDriver ui = new UiDriver(PlatformUI.getWorkbench().getDisplay());

    @Rule
    public final ScreenshotOnFailure screenshots = new ScreenshotOnFailure(ui);

    @Test
    public void aFileWithABadRowChangesNothingAGoodOneShowsUp() throws Exception {
        Shell window = ui.call(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell());
        MenuItem item = ui.menuItem(window, "File", "Import Institutions...");
        assertTrue(ui.call(item::isEnabled));

        long before = WorkbenchStore.get().institutions().count();
        Path bad = Files.createTempFile("register", ".csv");
        Files.writeString(bad, "Name;Art;Ort;Mail-Domänen\nPfarrei Importheim;Pfarrei;Importheim;importheim.test\n"
                + "Schule Fehlerbach;Schule;Fehlerbach;fehler..test\n", StandardCharsets.UTF_8);
        ImportJob refused = new ImportJob(bad);
        refused.schedule();
        refused.join();
        assertEquals(IStatus.ERROR, refused.getResult().getSeverity());
        String problem = refused.getResult().getChildren()[0].getMessage();
        assertThat("the bad row by its line", problem, containsString(bad.getFileName() + ":3:"));
        assertThat(problem, containsString("fehler..test"));
        assertEquals("nothing stored", before, WorkbenchStore.get().institutions().count());

        Path good = Files.createTempFile("register", ".csv");
        Files.writeString(good, "Name;Art;Ort;Mail-Domänen\nPfarrei Importheim;Pfarrei;Importheim;importheim.test\n",
                StandardCharsets.UTF_8);
        ImportJob imported = new ImportJob(good);
        imported.schedule();
        imported.join();
        assertEquals(imported.getResult().getMessage(), IStatus.OK, imported.getResult().getSeverity());
        assertEquals(before + 1, WorkbenchStore.get().institutions().count());

        Text filter = ui.find(window, Text.class, Widgets.withId("institutions.filter"), "filter");
        Table table = ui.find(window, Table.class, Widgets.withId("institutions.table"), "institutions table");
        ui.run(() -> filter.setText("importheim"));
        ui.waitUntil("the imported institution listed", () -> table.getItemCount() == 1);
        assertEquals(List.of("Pfarrei Importheim"), ui.call(() -> List.of(table.getItem(0).getText(0))));
        WorkbenchStore.get().institutions().search("Importheim", 5).forEach(i -> WorkbenchStore.get().institutions().delete(i));
        WorkbenchStore.changed();
        ui.run(() -> filter.setText(""));
    }

    /** The refusal is shown even when the shell it was asked from is gone before the import ends. */
    @Test
    public void theRefusalShowsEvenWhenTheShellItWasAskedFromIsGone() throws Exception {
        Path bad = Files.createTempFile("register", ".csv");
        Files.writeString(bad, "Name;Art;Ort;Mail-Dom\u00e4nen\nSchule Ohnefenster;Schule;Ohnefenster;ohne..fenster.test\n",
                StandardCharsets.UTF_8);
        ImportJob refused = new ImportJob(bad);
        ui.run(() -> {
            Shell asking = new Shell(ui.display());
            ImportProblems.showWhenRefused(refused, asking);
            asking.dispose();
        });
        refused.schedule();
        Shell problems = ui.waitFor("the import's problems dialog", () -> Arrays.stream(ui.display().getShells())
                .filter(s -> !s.isDisposed() && s.isVisible() && "import.problems".equals(s.getData(Widgets.ID_KEY)))
                .findFirst().orElse(null));
        Text rows = ui.find(problems, Text.class, Widgets.withId("import.problems.rows"), "the refused rows");
        assertThat(ui.call(rows::getText), containsString(bad.getFileName() + ":2:"));
        String message = refused.getResult().getMessage();
        assertTrue("one problem, in the singular: " + message, message.endsWith("(nothing changed): 1 problem"));
        ui.screenshot("import-refused-on-its-own");
        ui.run(problems::close);
    }
}
