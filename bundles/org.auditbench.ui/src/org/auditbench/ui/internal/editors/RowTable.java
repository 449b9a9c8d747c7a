package org.auditbench.ui.internal.editors;

import java.text.Collator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Stream;

import org.auditbench.ui.WidgetIds;
import org.auditbench.ui.internal.institutions.SearchText;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.TableColumn;

/**
 * A table of rows of one type whose columns are texts, each at least as wide as its header (German headers are
 * longer than the English widths allow): a click on a header sorts by that column in
 * German collation (again: the other way round), and {@link #filter(String)} keeps the rows one of
 * whose texts contains the folded text (ü/ue ...).
 */
final class RowTable<T> {

    private static final int HEADER_PADDING = 40;
    private static final int CELL_PADDING = 16;

    private final TableViewer viewer;
    private final Class<T> type;
    private final Collator collator = Collator.getInstance(Locale.GERMAN);
    private Function<T, String> sortKey;
    private boolean descending;
    private final List<Function<T, String>> texts = new ArrayList<>();
    private String filter = "";

    RowTable(Composite parent, Class<T> type, String id) {
        this.type = type;
        // virtual: only the rows in sight get their texts (1,000 members)
        viewer = new TableViewer(parent, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER | SWT.VIRTUAL);
        WidgetIds.set(viewer.getTable(), id);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.setComparator(new ViewerComparator() {
            @Override
            public int compare(Viewer v, Object a, Object b) {
                if (sortKey == null) {
                    return 0;
                }
                int order = collator.compare(text(sortKey, a), text(sortKey, b));
                return descending ? -order : order;
            }
        });
        viewer.addFilter(new ViewerFilter() {
            @Override
            public boolean select(Viewer v, Object parentElement, Object element) {
                return filter.isEmpty() || texts.stream().anyMatch(text -> SearchText.fold(text(text, element)).contains(filter));
            }
        });
    }

    RowTable<T> column(String title, int width, Function<T, String> text) {
        return column(title, width, text, row -> null);
    }

    /** A column whose text has the colour {@code colour} gives (null: the default). */
    RowTable<T> column(String title, int width, Function<T, String> text, Function<T, Color> colour) {
        texts.add(text);
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
        TableColumn header = column.getColumn();
        header.setText(title);
        header.setWidth(Math.max(width, headerWidth(title)));
        header.addListener(SWT.Selection, e -> {
            descending = sortKey == text && !descending;
            sortKey = text;
            viewer.getTable().setSortColumn(header);
            viewer.getTable().setSortDirection(descending ? SWT.DOWN : SWT.UP);
            viewer.refresh();
        });
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text(text, element);
            }

            @Override
            public Color getForeground(Object element) {
                return colour.apply(type.cast(element));
            }
        });
        return this;
    }

    /**
     * Widens the column added last so that each of {@code texts}, the values it can show (the states of a case ...),
     * reads in full: a virtual table cannot measure its rows.
     */
    RowTable<T> fitting(Stream<String> texts) {
        TableColumn column = viewer.getTable().getColumn(viewer.getTable().getColumnCount() - 1);
        column.setWidth(Math.max(column.getWidth(), texts.mapToInt(t -> textWidth(t) + CELL_PADDING).max().orElse(0)));
        return this;
    }

    /** The width that shows {@code title} in full, in any language, with room for the padding and the sort arrow. */
    private int headerWidth(String title) {
        return textWidth(title) + HEADER_PADDING;
    }

    private int textWidth(String text) {
        GC gc = new GC(viewer.getTable());
        try {
            return gc.textExtent(text).x;
        } finally {
            gc.dispose();
        }
    }

    private String text(Function<T, String> text, Object element) {
        String value = text.apply(type.cast(element));
        return value == null ? "" : value;
    }

    void show(List<T> rows) {
        viewer.setInput(rows);
    }

    void filter(String text) {
        filter = SearchText.fold(text.strip());
        viewer.refresh();
    }

    /** The selected rows. */
    List<T> selected() {
        return ((IStructuredSelection) viewer.getSelection()).toList().stream().map(type::cast).toList();
    }

    TableViewer viewer() {
        return viewer;
    }
}
