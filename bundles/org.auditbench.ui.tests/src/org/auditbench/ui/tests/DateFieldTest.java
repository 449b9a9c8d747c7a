package org.auditbench.ui.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;

import java.time.LocalDate;

import org.auditbench.testing.ui.ScreenshotOnFailure;
import org.auditbench.testing.ui.UiDriver;
import org.auditbench.testing.ui.Widgets;
import org.auditbench.ui.internal.DateField;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.junit.After;
import org.junit.Rule;
import org.junit.Test;

/**
 * The date fields of the case dialogs take a date typed the German way (10.03.2021, 10.3.21), as ISO or
 * as the workbench's language writes it, and show it in that language; what is no date is named and
 * changes nothing. Typed with real key events into a real field.
 */
public class DateFieldTest {

    private static final LocalDate MARCH_10 = LocalDate.of(2021, 3, 10);

    private final UiDriver ui = new UiDriver(PlatformUI.getWorkbench().getDisplay());
    private Shell shell;

    @Rule
    public final ScreenshotOnFailure screenshots = new ScreenshotOnFailure(ui);

    @After
    public void close() {
        if (shell != null) {
            ui.run(shell::close);
        }
    }

    @Test
    public void germanIsoAndTheLanguagesOwnFormAreTaken() {
        DateField field = open();
        for (String typed : new String[] { "10.03.2021", "10.3.21", "2021-03-10" }) {
            ui.run(() -> field.setDate(LocalDate.of(2000, 1, 1)));
            type(field, typed);
            assertEquals(typed, MARCH_10, ui.call(field::date));
            assertNull(typed, ui.call(field::problem));
        }
        assertEquals("shown as English writes it", "Mar 10, 2021", DateField.shown(MARCH_10));
        assertEquals("and read back so", MARCH_10, DateField.parse("Mar 10, 2021").orElseThrow());
    }

    @Test
    public void whatIsNoDateIsNamedAndChangesNothing() {
        DateField field = open();
        ui.run(() -> field.setDate(MARCH_10));
        type(field, "31.02.2021");
        assertEquals("the last date typed stays", MARCH_10, ui.call(field::date));
        String problem = ui.call(field::problem);
        assertNotNull(problem);
        assertEquals("'31.02.2021' is no date; type it as 10.03.2021", problem);
    }

    private DateField open() {
        return ui.call(() -> {
            shell = new Shell(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell());
            shell.setText("Date");
            shell.setLayout(new FillLayout());
            DateField field = new DateField(shell, "test.date");
            shell.setSize(300, 80);
            shell.open();
            return field;
        });
    }

    /** Selects the field's text and types over it with real key events. */
    private void type(DateField field, String typed) {
        Text text = ui.find(shell, Text.class, Widgets.withId("test.date"), "the date");
        ui.run(() -> {
            shell.forceActive();
            text.setFocus();
            text.selectAll();
        });
        ui.type(typed);
        ui.waitUntil("the text typed", () -> text.getText().equals(typed));
    }
}
