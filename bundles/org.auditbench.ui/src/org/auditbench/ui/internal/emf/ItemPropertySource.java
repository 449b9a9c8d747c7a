package org.auditbench.ui.internal.emf;

import java.util.List;

import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertyDescriptor;

/**
 * Shows a model object in the Properties view through its item provider's property descriptors:
 * translated names, categories, descriptions and value labels (enum literals translated, the rest in
 * {@link PropertyValueText}). Read-only:
 * objects are changed in their editors, which save through the store and its audit trail.
 */
public final class ItemPropertySource implements IPropertySource {

    private final Object object;
    private final IItemPropertySource source;

    public ItemPropertySource(Object object, IItemPropertySource source) {
        this.object = object;
        this.source = source;
    }

    @Override
    public IPropertyDescriptor[] getPropertyDescriptors() {
        List<IItemPropertyDescriptor> items = source.getPropertyDescriptors(object);
        IPropertyDescriptor[] descriptors = new IPropertyDescriptor[items.size()];
        for (int i = 0; i < descriptors.length; i++) {
            IItemPropertyDescriptor item = items.get(i);
            PropertyDescriptor descriptor = new PropertyDescriptor(item.getId(object), item.getDisplayName(object));
            descriptor.setCategory(item.getCategory(object));
            descriptor.setDescription(item.getDescription(object));
            IItemLabelProvider labels = item.getLabelProvider(object);
            descriptor.setLabelProvider(new LabelProvider() {
                @Override
                public String getText(Object value) {
                    // the descriptor's labels know the feature (translated enum literals) only for the plain
                    // value, not for the wrapper the Properties view passes around
                    Object plain = value instanceof ItemPropertyDescriptor.PropertyValueWrapper wrapper ? wrapper.getEditableValue(object)
                            : value;
                    // a campaign without a drawn sample may still have members added by hand
                    String shown = PropertyValueText.of(object, item.getFeature(object), plain);
                    return shown != null ? shown : plain == null ? "" : labels.getText(plain);
                }
            });
            descriptors[i] = descriptor;
        }
        return descriptors;
    }

    @Override
    public Object getPropertyValue(Object id) {
        IItemPropertyDescriptor item = source.getPropertyDescriptor(object, id);
        return item == null ? null : item.getPropertyValue(object);
    }

    @Override
    public Object getEditableValue() {
        return object;
    }

    @Override
    public boolean isPropertySet(Object id) {
        IItemPropertyDescriptor item = source.getPropertyDescriptor(object, id);
        return item != null && item.isPropertySet(object);
    }

    @Override
    public void resetPropertyValue(Object id) {
        // read-only
    }

    @Override
    public void setPropertyValue(Object id, Object value) {
        // read-only
    }
}
