package org.auditbench.store.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

import org.auditbench.model.Identifiable;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * Child rows read in any order and attached to their parents in id order (the order they were saved
 * in). Sorting here instead of with ORDER BY: Derby sorts results beyond a small buffer on disk.
 */
final class Children<T extends Identifiable> {

    private record Child<T>(long parentId, T child) {
    }

    private final List<Child<T>> rows = new ArrayList<>();

    void add(long parentId, T child) {
        rows.add(new Child<>(parentId, child));
    }

    /** Adds every child to its parent's list in id order. */
    <P> void attach(Map<Long, P> parents, Function<P, EList<T>> list) {
        attach(parents, list, child -> {
            // nothing more to do with it
        });
    }

    /**
     * Adds every child to its parent's list in id order and hands it to {@code each}; a child whose parent
     * is not in {@code parents} is handed on without a parent.
     */
    <P> void attach(Map<Long, P> parents, Function<P, EList<T>> list, Consumer<T> each) {
        rows.sort(Comparator.comparingLong(row -> row.child().getId()));
        for (Child<T> row : rows) {
            P parent = parents.get(row.parentId());
            if (parent != null) {
                // addUnique: the rows are distinct, and EMF's uniqueness check is linear per add.
                ((InternalEList<T>) list.apply(parent)).addUnique(row.child());
            }
            each.accept(row.child());
        }
    }
}
