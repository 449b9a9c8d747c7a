package org.auditbench.ui.tests;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.util.List;

import org.auditbench.testing.ui.ScreenshotOnFailure;
import org.auditbench.testing.ui.UiDriver;
import org.auditbench.testing.ui.Widgets;
import org.auditbench.ui.internal.AuditPerspective;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.osgi.framework.FrameworkUtil;

/** The real Auditbench workbench, started by the test harness under Xvfb. */
public class WorkbenchWindowTest {

    private final UiDriver ui = new UiDriver(PlatformUI.getWorkbench().getDisplay());

    @Rule
    public final ScreenshotOnFailure screenshots = new ScreenshotOnFailure(ui);

    private Shell window;

    @Before
    public void findWindow() {
        window = ui.waitFor("the workbench window", () -> {
            IWorkbenchWindow active = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
            return active == null ? null : active.getShell();
        });
        ui.run(() -> {
            for (Shell shell : ui.display().getShells()) {
                if (shell != window && shell.isVisible()) {
                    shell.close();
                }
            }
        });
    }

    @Test
    public void windowIsTitledAuditbenchAndShowsTheAuditPerspective() {
        assertEquals("Auditbench", ui.call(window::getText));
        IWorkbenchPage page = ui.call(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage());
        assertEquals(AuditPerspective.ID, ui.call(() -> page.getPerspective().getId()));
        assertNotNull("Properties view open", ui.call(() -> page.findView(IPageLayout.ID_PROP_SHEET)));
        assertNotNull("Progress view open", ui.call(() -> page.findView(AuditPerspective.PROGRESS_VIEW_ID)));
        ui.screenshot("workbench-window");
    }

    @Test
    public void menuBarHasTheStandardMenus() {
        List<String> top = ui.call(() -> {
            return java.util.Arrays.stream(window.getMenuBar().getItems()).map(i -> Widgets.plain(i.getText())).toList();
        });
        assertEquals(List.of("File", "Edit", "Audit", "Reports", "Window", "Help"), top);
        assertThat(ui.menuTexts(window, "File"), hasItems("Save", "Properties", "Exit"));
        assertThat(ui.menuTexts(window, "Window"), hasItems("Show View", "Reset Perspective...", "Preferences..."));
        assertThat(ui.menuTexts(window, "Help"), hasItems("About Auditbench"));
    }

    @Test
    public void preferencesDialogShowsTheAuditbenchPage() {
        ui.select(ui.menuItem(window, "Window", "Preferences..."));
        Shell dialog = ui.shell("Preferences");
        Tree pages = ui.find(dialog, Tree.class, Widgets.any(), "of preference pages");
        List<String> names = ui.call(() -> java.util.Arrays.stream(pages.getItems()).map(TreeItem::getText).toList());
        assertTrue("pages: " + names, names.contains("Auditbench"));
        assertTrue(ui.call(() -> dialog.getData() instanceof PreferenceDialog));
        ui.screenshot("preferences");
        ui.press(SWT.ESC);
        ui.waitUntil("the preferences dialog to close", dialog::isDisposed);
    }

    @Test
    public void aboutDialogShowsTheVersion() {
        ui.select(ui.menuItem(window, "Help", "About Auditbench"));
        Shell dialog = ui.shell("About Auditbench");
        Label version = ui.find(dialog, Label.class, Widgets.withId("about.version"), "with the version");
        String expected = FrameworkUtil.getBundle(AuditPerspective.class).getVersion().toString();
        assertEquals(expected, ui.call(version::getText));
        assertTrue(expected.startsWith("0.1.0"));
        ui.screenshot("about");
        ui.clickButton(dialog, "Close");
        ui.waitUntil("the about dialog to close", dialog::isDisposed);
    }
}
