package org.auditbench.ui.internal.emf;

import java.net.URL;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.swt.graphics.Image;

/**
 * Turns the images item providers return (URLs of their icons) into SWT images, created once per URL
 * and disposed with the owner.
 */
public final class ItemImages {

    private final Map<Object, Image> images = new HashMap<>();

    public Image get(Object itemImage) {
        if (!(itemImage instanceof URL url)) {
            return null;
        }
        return images.computeIfAbsent(url, u -> ImageDescriptor.createFromURL(url).createImage(false));
    }

    public void dispose() {
        images.values().forEach(image -> {
            if (image != null) {
                image.dispose();
            }
        });
        images.clear();
    }
}
