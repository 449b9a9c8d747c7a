package org.auditbench.ui.internal.institutions;

import java.util.Objects;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

/** Opens one institution, by its store id, in the {@link InstitutionEditor}. */
public final class InstitutionEditorInput implements IEditorInput {

    private final long id;
    private final String name;

    public InstitutionEditorInput(long id, String name) {
        this.id = id;
        this.name = name;
    }

    public long id() {
        return id;
    }

    @Override
    public boolean exists() {
        return true;
    }

    @Override
    public ImageDescriptor getImageDescriptor() {
        return null;
    }

    @Override
    public String getName() {
        return name == null ? "#" + id : name;
    }

    @Override
    public IPersistableElement getPersistable() {
        return null;
    }

    @Override
    public String getToolTipText() {
        return getName();
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        return null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof InstitutionEditorInput input && input.id == id;
    }

    @Override
    public int hashCode() {
        return Objects.hash(id);
    }
}
