package org.auditbench.ui.internal.institutions;

import java.util.Objects;

import org.auditbench.model.Institution;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

/**
 * Opens one institution in the {@link InstitutionEditor}: a stored one by its id, or a new one not yet
 * stored (File > New Institution, Copy Institution), which exists only in its editor until saved.
 */
public final class InstitutionEditorInput implements IEditorInput {

    private final long id;
    private final String name;
    private final Institution unsaved;

    public InstitutionEditorInput(long id, String name) {
        this.id = id;
        this.name = name;
        this.unsaved = null;
    }

    private InstitutionEditorInput(Institution unsaved) {
        this.id = 0;
        this.name = unsaved.getName();
        this.unsaved = unsaved;
    }

    /** A new institution, stored when its editor is saved. */
    public static InstitutionEditorInput unsaved(Institution institution) {
        return new InstitutionEditorInput(institution);
    }

    public long id() {
        return id;
    }

    /** The new institution, or null for a stored one. */
    Institution unsavedInstitution() {
        return unsaved;
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
        if (unsaved != null) {
            return name == null || name.isBlank() ? Messages.Editor_newInstitution : name;
        }
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

    /** Stored institutions by id (one editor each); every new one is its own. */
    @Override
    public boolean equals(Object other) {
        if (unsaved != null) {
            return other instanceof InstitutionEditorInput input && input.unsaved == unsaved;
        }
        return other instanceof InstitutionEditorInput input && input.unsaved == null && input.id == id;
    }

    @Override
    public int hashCode() {
        return unsaved != null ? System.identityHashCode(unsaved) : Objects.hash(id);
    }
}
