package org.auditbench.ui.internal.emf;

import org.auditbench.model.edit.AuditbenchItemProviders;
import org.eclipse.emf.common.notify.AdapterFactory;

/** The one item provider factory of the workbench: labels, icons and properties of model objects. */
public final class ModelAdapters {

    private static final AdapterFactory FACTORY = new AuditbenchItemProviders();

    private ModelAdapters() {
    }

    /** The factory itself, for the editors' editing domains (commands are created through it). */
    public static AdapterFactory factory() {
        return FACTORY;
    }

    public static <T> T adapt(Object object, Class<T> type) {
        Object adapter = FACTORY.adapt(object, type);
        return type.isInstance(adapter) ? type.cast(adapter) : null;
    }
}
