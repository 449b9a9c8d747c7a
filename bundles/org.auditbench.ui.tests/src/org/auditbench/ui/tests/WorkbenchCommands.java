package org.auditbench.ui.tests;

import java.net.BindException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import org.auditbench.testing.peers.SmtpBehaviour;
import org.auditbench.testing.peers.SmtpPeer;
import org.auditbench.testing.ui.UiDriver;
import org.auditbench.testing.ui.UiTimeoutException;
import org.auditbench.testing.ui.Widgets;
import org.auditbench.ui.internal.institutions.InstitutionsView;
import org.eclipse.core.commands.Command;
import org.eclipse.core.expressions.IEvaluationContext;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;

/** Commands run as a menu would (asynchronously: a dialog must not block the test), their enablement, tree rows. */
final class WorkbenchCommands {

    private final UiDriver ui;
    private final IWorkbenchPage page;

    WorkbenchCommands(UiDriver ui, IWorkbenchPage page) {
        this.ui = ui;
        this.page = page;
    }

    /**
     * Runs the command as its menu item would, once it is enabled: the workbench re-evaluates enablement
     * after a new selection has reached it, and a user cannot choose a disabled item either.
     */
    void execute(String commandId) {
        try {
            ui.waitUntil(commandId + " enabled", () -> {
                if (!enabledNow(page, commandId)) {
                    return false;
                }
                ui.display().asyncExec(() -> {
                    try {
                        page.getWorkbenchWindow().getService(IHandlerService.class).executeCommand(commandId, null);
                    } catch (Exception e) {
                        throw new IllegalStateException(commandId + ": " + e.getMessage(), e);
                    }
                });
                return true;
            });
        } catch (UiTimeoutException e) {
            // what the workbench's enablement saw, for whoever reads the failure
            throw new AssertionError(e.getMessage() + "; " + ui.call(this::whatTheWorkbenchSees), e);
        }
    }

    /** Waits until the command is enabled; a timeout says what the workbench's enablement saw. */
    void waitEnabled(String what, String commandId) {
        try {
            ui.waitUntil(what, () -> enabledNow(page, commandId));
        } catch (UiTimeoutException e) {
            throw new AssertionError(e.getMessage() + "; " + ui.call(this::whatTheWorkbenchSees), e);
        }
    }

    private String whatTheWorkbenchSees() {
        IEvaluationContext state = page.getWorkbenchWindow().getService(IHandlerService.class).getCurrentState();
        IWorkbenchPart active = page.getActivePart();
        ISelectionProvider provider = active == null ? null : active.getSite().getSelectionProvider();
        return "active part " + (active == null ? null : active.getSite().getId())
                + ", its selection " + (provider == null ? null : provider.getSelection())
                + ", the selection service's " + page.getWorkbenchWindow().getSelectionService().getSelection()
                + ", the evaluation's " + state.getVariable("selection") + ", active shell " + ui.display().getActiveShell();
    }

    /** Runs the command and returns the shell it opens, found by its widget id. */
    Shell open(String commandId, String shellId) {
        execute(commandId);
        return ui.waitFor("the shell " + shellId, () -> Arrays.stream(ui.display().getShells())
                .filter(s -> !s.isDisposed() && s.isVisible() && shellId.equals(s.getData(Widgets.ID_KEY))).findFirst().orElse(null));
    }

    /** Whether the command's handler is enabled for the current selection, as the menu shows it. */
    boolean enabled(String commandId) {
        return ui.call(() -> enabledNow(page, commandId));
    }

    /**
     * On the UI thread: the command's enablement evaluated against the workbench's state now, as a menu
     * does before it shows its items (the handler's own cached state may lag behind a reload).
     */
    static boolean enabledNow(IWorkbenchPage page, String commandId) {
        Command command = page.getWorkbenchWindow().getService(ICommandService.class).getCommand(commandId);
        command.setEnabled(page.getWorkbenchWindow().getService(IHandlerService.class).getCurrentState());
        return command.isEnabled();
    }

    /** The top-level row whose first column is {@code text}, opened, once it is shown. */
    TreeItem row(Tree tree, String text) {
        return ui.waitFor("the row '" + text + "'", () -> {
            for (TreeItem item : tree.getItems()) {
                if (text.equals(item.getText(0))) {
                    item.setExpanded(true);
                    return item;
                }
            }
            return null;
        });
    }

    /** Presses a push button as its selection does (the wizard's buttons ignore posted clicks under Xvfb). */
    void press(Button button) {
        ui.run(() -> {
            if (!button.isEnabled()) {
                throw new IllegalStateException("the button '" + button.getText() + "' is disabled");
            }
            button.notifyListeners(SWT.Selection, new Event());
        });
    }

    /** Closes the dialogs a failed test left open, so the next test starts on the workbench window. */
    void closeDialogs() {
        ui.run(() -> {
            Shell window = page.getWorkbenchWindow().getShell();
            for (Shell shell : ui.display().getShells()) {
                if (shell != window && !shell.isDisposed() && shell.isVisible()) {
                    shell.close();
                }
            }
        });
    }

    /** Starts an SMTP peer on an address another peer just left (its socket may take a moment to be released). */
    static SmtpPeer restart(String ip, SmtpBehaviour behaviour) throws Exception {
        long until = System.nanoTime() + 20_000_000_000L;
        while (true) {
            try {
                return SmtpPeer.start(ip, 25, behaviour, null);
            } catch (BindException e) {
                if (System.nanoTime() > until) {
                    throw e;
                }
                Thread.sleep(200);
            }
        }
    }

    /**
     * Selects the row {@code find} gives in the tree of view {@code viewId}, with the view active, in one
     * go on the UI thread (a reload of the view cannot come between), and returns it.
     */
    TreeItem selectRow(Tree tree, String viewId, Function<Tree, TreeItem> find, String description) {
        return ui.waitFor(description, () -> {
            TreeItem item = find.apply(tree);
            if (item == null) {
                return null;
            }
            page.activate(page.findView(viewId));
            tree.setFocus();
            tree.setSelection(item);
            tree.notifyListeners(SWT.Selection, new Event());
            return page.getActivePart() == page.findView(viewId) && tree.getSelectionCount() == 1 ? item : null;
        });
    }

    /**
     * Brings the Properties view to the top of its stack without activating it: a view another test
     * opened over it (Delta, in the same stack) would keep it hidden, and a hidden one does not follow
     * the selection.
     */
    static void showProperties(UiDriver ui, IWorkbenchPage page) {
        ui.run(() -> {
            try {
                page.showView(IPageLayout.ID_PROP_SHEET, null, IWorkbenchPage.VIEW_VISIBLE);
            } catch (PartInitException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** The top-level row whose first column is {@code text}, or null. */
    static TreeItem topRow(Tree tree, String text) {
        for (TreeItem item : tree.getItems()) {
            if (text.equals(item.getText(0))) {
                item.setExpanded(true);
                return item;
            }
        }
        return null;
    }

    void select(Tree tree, TreeItem item) {
        ui.run(() -> {
            // as a click would: the part the tree is in becomes the active one, whose selection the commands follow
            activatePartOf(tree);
            tree.setFocus();
            tree.setSelection(item);
            tree.notifyListeners(SWT.Selection, new Event());
        });
    }

    /** Shows and activates the Institutions view, filters it down to the one institution named and selects it there. */
    void selectInstitution(String name) {
        ui.run(() -> {
            try {
                page.showView(InstitutionsView.ID);
            } catch (PartInitException e) {
                throw new IllegalStateException(e);
            }
        });
        Shell window = ui.call(() -> page.getWorkbenchWindow().getShell());
        Text filter = ui.find(window, Text.class, Widgets.withId("institutions.filter"), "filter");
        Table table = ui.find(window, Table.class, Widgets.withId("institutions.table"), "institutions table");
        ui.run(() -> filter.setText(name));
        ui.waitUntil(name + " listed alone", () -> table.getItemCount() == 1 && table.getItem(0).getText(0).equals(name));
        ui.run(() -> {
            table.setFocus();
            table.select(0);
            table.notifyListeners(SWT.Selection, new Event());
        });
    }

    /** Activates the view or editor whose control holds {@code control} (on the UI thread). */
    private void activatePartOf(Control control) {
        List<IWorkbenchPartReference> parts = new ArrayList<>(Arrays.asList(page.getViewReferences()));
        parts.addAll(Arrays.asList(page.getEditorReferences()));
        for (IWorkbenchPartReference reference : parts) {
            IWorkbenchPart part = reference.getPart(false);
            MPart model = part == null ? null : part.getSite().getService(MPart.class);
            if (model != null && model.getWidget() instanceof Control partControl) {
                for (Control c = control; c != null; c = c.getParent()) {
                    if (c == partControl) {
                        page.activate(part);
                        return;
                    }
                }
            }
        }
        throw new IllegalStateException("no part of the page holds " + control);
    }
}
