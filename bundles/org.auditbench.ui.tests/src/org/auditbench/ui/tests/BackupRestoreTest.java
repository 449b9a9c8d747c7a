package org.auditbench.ui.tests;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.auditbench.model.AuditFactory;
import org.auditbench.model.Institution;
import org.auditbench.model.MailDomain;
import org.auditbench.store.AuditStore;
import org.auditbench.testing.ui.ScreenshotOnFailure;
import org.auditbench.testing.ui.UiDriver;
import org.auditbench.testing.ui.Widgets;
import org.auditbench.ui.internal.institutions.InstitutionsView;
import org.auditbench.ui.internal.store.BackupFolders;
import org.auditbench.ui.internal.store.BackupHandler;
import org.auditbench.ui.internal.store.RestoreHandler;
import org.auditbench.ui.internal.store.WorkbenchStore;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.After;
import org.junit.Rule;
import org.junit.Test;

/**
 * File > Back Up... writes a backup that opens as a store with what was there; File > Restore... brings
 * it back after a confirmation naming what is replaced, and the Institutions view shows the restored state.
 */
public class BackupRestoreTest {

    private final UiDriver ui = new UiDriver(PlatformUI.getWorkbench().getDisplay());

    @Rule
    public final ScreenshotOnFailure screenshots = new ScreenshotOnFailure(ui);

    @After
    public void nativeFolderDialogAgain() {
        BackupFolders.use(null);
    }

    @Test
    public void aBackupIsWrittenAndRestoredOverLaterChanges() throws Exception {
        long tag = System.nanoTime();
        String keptDomain = "gesichert-" + tag + ".test";
        String laterDomain = "danach-" + tag + ".test";
        save("Pfarramt Gesichert " + tag, keptDomain);
        Path folder = Files.createTempDirectory("backups");
        BackupFolders.use((shell, message) -> folder);
        IWorkbenchPage page = ui.call(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage());

        run(page, BackupHandler.COMMAND_ID);
        Shell done = ui.shell("Back up");
        Job.getJobManager().join(BackupHandler.FAMILY, null);
        List<Path> backups = list(folder);
        assertEquals(backups.toString(), 1, backups.size());
        Path backup = backups.get(0);
        assertTrue(backup.getFileName().toString().startsWith("auditbench-backup-"));
        assertThat(shownText(done), containsString(backup.toString()));
        ui.run(done::close);
        // the backup is a store of its own (opened from a copy: opening writes into a database folder)
        Path copy = Files.createTempDirectory("backup-opened");
        copyTree(backup, copy);
        try (AuditStore opened = AuditStore.open(copy)) {
            assertTrue(opened.institutions().loadAll().stream().anyMatch(i -> ("Pfarramt Gesichert " + tag).equals(i.getName())));
        }

        save("Kirchenb\u00fcro Danach " + tag, laterDomain);
        Map<String, Long> now = WorkbenchStore.get().counts();
        BackupFolders.use((shell, message) -> backup);
        run(page, RestoreHandler.COMMAND_ID);
        Shell confirm = ui.shell("Restore");
        String question = shownText(confirm);
        assertThat(question, containsString("now holds " + now.get("institution") + " institutions and " + now.get("campaign") + " campaigns"));
        assertThat(question, containsString(backup.toString()));
        ui.screenshot("restore-confirmation");
        ui.clickButton(confirm, "OK");
        ui.waitUntil("the confirmation closed", confirm::isDisposed);
        Shell restored = ui.shell("Restore");
        assertThat(shownText(restored), containsString("were restored from"));
        ui.run(restored::close);

        List<Institution> institutions = WorkbenchStore.get().institutions().loadAll();
        assertTrue(institutions.stream().anyMatch(i -> ("Pfarramt Gesichert " + tag).equals(i.getName())));
        assertFalse("the later change is gone", institutions.stream().anyMatch(i -> ("Kirchenb\u00fcro Danach " + tag).equals(i.getName())));
        assertEquals(now.get("institution") - 1, (long) WorkbenchStore.get().counts().get("institution"));

        // and the Institutions view shows the restored database
        ui.run(() -> {
            try {
                page.showView(InstitutionsView.ID);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        Shell window = ui.call(() -> page.getWorkbenchWindow().getShell());
        Text filter = ui.find(window, Text.class, Widgets.withId("institutions.filter"), "filter");
        Table table = ui.find(window, Table.class, Widgets.withId("institutions.table"), "institutions table");
        ui.run(() -> filter.setText(String.valueOf(tag)));
        ui.waitUntil("only the kept institution listed", () -> table.getItemCount() == 1 && table.getItem(0).getText(0).contains("Gesichert"));
    }

    private static void save(String name, String domainName) {
        Institution institution = AuditFactory.eINSTANCE.createInstitution();
        institution.setName(name);
        MailDomain domain = AuditFactory.eINSTANCE.createMailDomain();
        domain.setName(domainName);
        institution.getMailDomains().add(domain);
        WorkbenchStore.get().institutions().save(institution);
        WorkbenchStore.changed();
    }

    /** Asynchronously, as a menu would: the dialogs must not block this test thread. */
    private void run(IWorkbenchPage page, String commandId) {
        new WorkbenchCommands(ui, page).execute(commandId);
    }

    private String shownText(Shell shell) {
        return ui.call(() -> String.join("\n", ui.all(shell, Control.class).stream().map(Widgets::textOf).filter(t -> t != null).toList()));
    }

    private static List<Path> list(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.toList();
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path path : all.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        }
    }
}
