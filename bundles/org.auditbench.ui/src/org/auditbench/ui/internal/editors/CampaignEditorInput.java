package org.auditbench.ui.internal.editors;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

/** One stored campaign, by its id, for the {@link CampaignEditor}: one editor per campaign. */
public final class CampaignEditorInput implements IEditorInput {

    private final long id;
    private final String title;

    public CampaignEditorInput(long id, String title) {
        this.id = id;
        this.title = title;
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
        return title == null ? "#" + id : title;
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
        return other instanceof CampaignEditorInput input && input.id == id;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }
}
