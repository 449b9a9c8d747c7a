package org.auditbench.ui.internal.institutions;

import java.text.CollationKey;
import java.text.Collator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.auditbench.model.Institution;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;

/**
 * Sorts the Institutions view by one column in German collation (Ä with A, ß with ss), ascending or
 * descending, ties by name. Collation keys are made once per institution and column, so that
 * re-sorting 10,000 rows while the user types stays cheap.
 */
final class InstitutionOrder extends ViewerComparator {

    private final Collator collator = Collator.getInstance(Locale.GERMAN);
    private final Map<Object, CollationKey> keys = new HashMap<>();
    private final Map<Object, CollationKey> names = new HashMap<>();
    private Function<Institution, String> column;
    private boolean descending;

    InstitutionOrder(Function<Institution, String> initial) {
        column = initial;
    }

    /** Sorts by {@code text}; the same column again turns the direction. True when now descending. */
    boolean sortBy(Function<Institution, String> text) {
        if (text == column) {
            descending = !descending;
        } else {
            column = text;
            descending = false;
            keys.clear();
        }
        return descending;
    }

    /** Forgets the keys, for new contents. */
    void reset() {
        keys.clear();
        names.clear();
    }

    @Override
    public int compare(Viewer viewer, Object a, Object b) {
        int order = key(keys, a, column).compareTo(key(keys, b, column));
        if (order == 0) {
            order = key(names, a, Institution::getName).compareTo(key(names, b, Institution::getName));
        }
        return descending ? -order : order;
    }

    private CollationKey key(Map<Object, CollationKey> cache, Object element, Function<Institution, String> text) {
        return cache.computeIfAbsent(element, e -> {
            String value = text.apply((Institution) e);
            return collator.getCollationKey(value == null ? "" : value);
        });
    }
}
