package org.auditbench.ui.internal.emf;

import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;

/** A JFace label provider speaking through the model's item providers. */
public class ItemLabelProvider extends LabelProvider {

    private final ItemImages images = new ItemImages();

    @Override
    public String getText(Object element) {
        IItemLabelProvider provider = ModelAdapters.adapt(element, IItemLabelProvider.class);
        return provider == null ? String.valueOf(element) : provider.getText(element);
    }

    /** The item provider's icon of the model class (the edit bundle's icons/full/obj16). */
    @Override
    public Image getImage(Object element) {
        IItemLabelProvider provider = ModelAdapters.adapt(element, IItemLabelProvider.class);
        return provider == null ? null : images.get(provider.getImage(element));
    }

    @Override
    public void dispose() {
        images.dispose();
        super.dispose();
    }
}
