package org.auditbench.ui.internal.emf;

import org.eclipse.core.runtime.IAdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.ui.views.properties.IPropertySource;

/** Registered for EObject: lets the Properties view show any selected model object. */
public final class PropertySourceAdapterFactory implements IAdapterFactory {

    @Override
    public <T> T getAdapter(Object adaptable, Class<T> adapterType) {
        if (adapterType == IPropertySource.class && adaptable instanceof EObject object) {
            IItemPropertySource source = ModelAdapters.adapt(object, IItemPropertySource.class);
            return source == null ? null : adapterType.cast(new ItemPropertySource(object, source));
        }
        return null;
    }

    @Override
    public Class<?>[] getAdapterList() {
        return new Class<?>[] { IPropertySource.class };
    }
}
