package org.auditbench.ui.internal.emf;

import java.net.URL;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;
import org.osgi.framework.FrameworkUtil;

/** A JFace label provider speaking through the model's item providers. */
public class ItemLabelProvider extends LabelProvider {

    private final ItemImages images = new ItemImages();

    @Override
    public String getText(Object element) {
        IItemLabelProvider provider = ModelAdapters.adapt(element, IItemLabelProvider.class);
        return provider == null ? String.valueOf(element) : provider.getText(element);
    }

    /** The workbench's own icon of the model class (icons/model/<EClass>.png), else the item provider's. */
    @Override
    public Image getImage(Object element) {
        if (element instanceof EObject object) {
            URL own = FrameworkUtil.getBundle(ItemLabelProvider.class)
                    .getEntry("icons/model/" + object.eClass().getName() + ".png");
            if (own != null) {
                return images.get(own);
            }
        }
        IItemLabelProvider provider = ModelAdapters.adapt(element, IItemLabelProvider.class);
        return provider == null ? null : images.get(provider.getImage(element));
    }

    @Override
    public void dispose() {
        images.dispose();
        super.dispose();
    }
}
