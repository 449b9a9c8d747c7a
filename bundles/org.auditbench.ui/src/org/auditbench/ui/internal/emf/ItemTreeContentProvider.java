package org.auditbench.ui.internal.emf;

import java.util.Collection;

import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;

/**
 * Children of model objects as their item providers define them (containment). The input is a
 * collection of root objects.
 */
public class ItemTreeContentProvider implements ITreeContentProvider {

    @Override
    public Object[] getElements(Object input) {
        return input instanceof Collection<?> roots ? roots.toArray() : getChildren(input);
    }

    @Override
    public Object[] getChildren(Object parent) {
        ITreeItemContentProvider provider = ModelAdapters.adapt(parent, ITreeItemContentProvider.class);
        return provider == null ? new Object[0] : provider.getChildren(parent).toArray();
    }

    @Override
    public Object getParent(Object element) {
        ITreeItemContentProvider provider = ModelAdapters.adapt(element, ITreeItemContentProvider.class);
        return provider == null ? null : provider.getParent(element);
    }

    @Override
    public boolean hasChildren(Object element) {
        ITreeItemContentProvider provider = ModelAdapters.adapt(element, ITreeItemContentProvider.class);
        return provider != null && provider.hasChildren(element);
    }
}
