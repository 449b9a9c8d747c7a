package org.auditbench.ui.tests;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.Arrays;

import org.auditbench.testing.ui.ScreenshotOnFailure;
import org.auditbench.testing.ui.UiDriver;
import org.auditbench.testing.ui.Widgets;
import org.auditbench.ui.internal.scans.ScanResultsView;
import org.auditbench.ui.internal.store.WorkbenchStore;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.Rule;
import org.junit.Test;

/**
 * The Mail Servers view on a stored scan of an own, unpatched Exchange: the verdict in one line at the
 * top, the port rows folded, and the selected finding's full evidence below the tree, copied by Copy.
 */
public class MailServersViewTest {

    private final UiDriver ui = new UiDriver(PlatformUI.getWorkbench().getDisplay());

    @Rule
    public final ScreenshotOnFailure screenshots = new ScreenshotOnFailure(ui);

    @Test
    public void theVerdictTheFoldedPortsAndTheFullEvidenceOfAFinding() throws Exception {
        String domain = "kirchenkreis-" + System.nanoTime() + ".test";
        StoredScan.ofAnUnpatchedExchange("Kirchenkreis Offenbach", domain);

        IWorkbenchPage page = ui.call(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage());
        Shell window = ui.call(() -> page.getWorkbenchWindow().getShell());
        StoredScan.showMailServersOf(ui, page, domain);

        Tree tree = ui.find(window, Tree.class, Widgets.withId("scanResults.tree"), "scan results");
        Label verdict = ui.find(window, Label.class, Widgets.withId("scanResults.verdict"), "the verdict");
        ui.waitUntil("the verdict shown", () -> verdict.getText().equals("own Exchange vulnerable"));
        assertEquals(ui.call(() -> ui.display().getSystemColor(SWT.COLOR_RED)), ui.call(verdict::getForeground));
        assertEquals("\u2013 latest check of Kirchenkreis Offenbach",
                ui.call(() -> ui.find(window, Label.class, Widgets.withId("scanResults.heading"), "heading").getText()));

        TreeItem domainItem = ui.waitFor("the domain scan", () -> tree.getItemCount() == 1 ? tree.getItem(0) : null);
        TreeItem server = ui.call(() -> Arrays.stream(domainItem.getItems()).filter(i -> i.getText(0).startsWith("mail." + domain))
                .findFirst().orElseThrow());
        assertTrue("the servers open", ui.call(domainItem::getExpanded));
        assertTrue("the addresses shown", ui.call(server::getExpanded));
        TreeItem address = ui.call(() -> server.getItem(0));
        assertThat(ui.call(() -> address.getText(0)), containsString("192.0.2.25"));
        assertFalse("the port rows folded", ui.call(address::getExpanded));

        Text evidence = ui.find(window, Text.class, Widgets.withId("scanResults.evidence"), "the evidence pane");
        Button copy = ui.find(window, Button.class, Widgets.withId("scanResults.copy"), "Copy");
        assertFalse("nothing to copy yet", ui.call(copy::isEnabled));
        StoredScan.selectFinding(ui, tree, evidence, domain);
        String shown = ui.call(evidence::getText);
        assertThat(shown, containsString("https://mail." + domain + "/owa/"));
        assertThat(shown, containsString("Result: Vulnerable"));
        assertThat(shown, containsString("Exchange 15.1.2176.2 without the March 2021 update\nsecond line of the summary".replace("\n", Text.DELIMITER)));
        assertThat(shown, containsString("X-OWA-Version: 15.1.2176.2"));
        assertTrue(ui.call(() -> (evidence.getStyle() & SWT.READ_ONLY) != 0));
        Screenshots.zoomed(ui, page, ScanResultsView.ID, "mail-servers-view");

        ui.click(copy);
        String copied = ui.waitFor("the evidence on the clipboard", () -> {
            Clipboard clipboard = new Clipboard(ui.display());
            try {
                Object contents = clipboard.getContents(TextTransfer.getInstance());
                return contents instanceof String s && s.contains("X-CalculatedBETarget") ? s : null;
            } finally {
                clipboard.dispose();
            }
        });
        assertEquals(shown, copied);
    }

    /**
     * The view reloads when the store changes (an own save, or another client's that the workbench picked
     * up); the finding the auditor was reading stays selected, with its evidence.
     */
    @Test
    public void aReloadKeepsTheSelectedFindingAndItsEvidence() throws Exception {
        String domain = "kirchenkreis-reload-" + System.nanoTime() + ".test";
        StoredScan.ofAnUnpatchedExchange("Kirchenkreis Hanau", domain);
        IWorkbenchPage page = ui.call(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage());
        Shell window = ui.call(() -> page.getWorkbenchWindow().getShell());
        StoredScan.showMailServersOf(ui, page, domain);
        Tree tree = ui.find(window, Tree.class, Widgets.withId("scanResults.tree"), "scan results");
        Text evidence = ui.find(window, Text.class, Widgets.withId("scanResults.evidence"), "the evidence pane");
        StoredScan.selectFinding(ui, tree, evidence, domain);
        TreeItem domainItem = ui.call(() -> tree.getItem(0));

        ui.run(WorkbenchStore::changed);
        ui.waitUntil("the tree reloaded", () -> tree.getItemCount() == 1 && tree.getItem(0) != domainItem);
        ui.flush();
        assertThat("still selected after the reload", ui.call(() -> tree.getSelection().length), is(1));
        assertThat(ui.call(() -> tree.getSelection()[0].getText(0)), containsString("CVE-2021-26855"));
        assertThat(ui.call(evidence::getText), containsString("X-CalculatedBETarget: localhost"));
    }
}
