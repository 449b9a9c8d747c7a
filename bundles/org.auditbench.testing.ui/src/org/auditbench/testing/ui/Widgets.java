package org.auditbench.testing.ui;

import java.util.function.Predicate;

import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Item;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Widget;

/** Matchers for {@link UiDriver#find}. They run on the UI thread. */
public final class Widgets {

    /** The key widgets carry their stable id under (the same as org.auditbench.ui.WidgetIds.KEY). */
    public static final String ID_KEY = "org.auditbench.widget.id";

    private Widgets() {
    }

    public static Predicate<Widget> withId(String id) {
        return widget -> id.equals(widget.getData(ID_KEY));
    }

    /** Matches the visible text, ignoring mnemonics ('&') and accelerator suffixes. */
    public static Predicate<Widget> withText(String text) {
        return widget -> text.equals(plain(textOf(widget)));
    }

    public static Predicate<Widget> any() {
        return widget -> true;
    }

    /** The text a widget shows, or null for widgets without one. */
    public static String textOf(Widget widget) {
        if (widget instanceof Button b) {
            return b.getText();
        } else if (widget instanceof Label l) {
            return l.getText();
        } else if (widget instanceof Text t) {
            return t.getText();
        } else if (widget instanceof Shell s) {
            return s.getText();
        } else if (widget instanceof Item i) {
            return i.getText();
        }
        return null;
    }

    /** "&amp;File\tCtrl+F" becomes "File". */
    public static String plain(String text) {
        if (text == null) {
            return null;
        }
        int tab = text.indexOf('\t');
        String visible = tab >= 0 ? text.substring(0, tab) : text;
        return visible.replace("&&", "\u0000").replace("&", "").replace('\u0000', '&').strip();
    }
}
