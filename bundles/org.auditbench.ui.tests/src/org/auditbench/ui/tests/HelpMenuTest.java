package org.auditbench.ui.tests;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;

import java.util.Arrays;
import java.util.List;

import org.auditbench.testing.ui.ScreenshotOnFailure;
import org.auditbench.testing.ui.UiDriver;
import org.auditbench.testing.ui.Widgets;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.PlatformUI;
import org.junit.Rule;
import org.junit.Test;

/** Help > Auditbench Guide shows the bundled guide; Help > Show Key Assist lists the key bindings. */
public class HelpMenuTest {

    private final UiDriver ui = new UiDriver(PlatformUI.getWorkbench().getDisplay());

    @Rule
    public final ScreenshotOnFailure screenshots = new ScreenshotOnFailure(ui);

    @Test
    public void theGuideWalksThroughTheAudit() {
        Shell window = ui.call(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell());
        List<String> help = ui.menuTexts(window, "Help");
        assertThat(help, hasItems("Auditbench Guide", "Show Key Assist", "About Auditbench"));
        ui.select(ui.menuItem(window, "Help", "Auditbench Guide"));
        Shell guide = ui.shell("Auditbench Guide");
        StyledText text = ui.find(guide, StyledText.class, Widgets.withId("guide.text"), "the guide");
        String shown = ui.call(text::getText);
        assertThat(shown, containsString("File > Import Institutions..."));
        assertThat(shown, containsString("Window > Preferences > Auditbench > Authority"));
        assertThat(shown, containsString("File > Export > Findings Annex"));
        ui.screenshot("help-guide");
        ui.clickButton(guide, "Close");
        ui.waitUntil("the guide closed", guide::isDisposed);
    }

    @Test
    public void keyAssistListsTheBindings() {
        Shell window = ui.call(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell());
        ui.select(ui.menuItem(window, "Help", "Show Key Assist"));
        Shell assist = ui.waitFor("the key assist", () -> {
            for (Shell shell : ui.display().getShells()) {
                if (!shell.isDisposed() && shell.isVisible() && shell != window
                        && ui.findNow(shell, Table.class, Widgets.any()).isPresent()) {
                    return shell;
                }
            }
            return null;
        });
        Table bindings = ui.find(assist, Table.class, Widgets.any(), "the bindings");
        ui.waitUntil("bindings listed", () -> bindings.getItemCount() > 0);
        String listed = ui.call(() -> Arrays.stream(bindings.getItems()).map(i -> i.getText(0) + " " + i.getText(1))
                .reduce("", (a, b) -> a + "\n" + b));
        assertThat(listed, containsString("Save"));
        ui.screenshot("help-key-assist");
        ui.run(assist::close);
    }
}
