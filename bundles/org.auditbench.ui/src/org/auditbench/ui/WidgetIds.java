package org.auditbench.ui;

import org.eclipse.swt.widgets.Widget;

/**
 * Stable, language-independent names for widgets, so UI tests find them whatever the locale.
 */
public final class WidgetIds {

    /** The key under which a widget carries its id ({@link Widget#getData(String)}). */
    public static final String KEY = "org.auditbench.widget.id";

    private WidgetIds() {
    }

    public static <W extends Widget> W set(W widget, String id) {
        widget.setData(KEY, id);
        return widget;
    }
}
