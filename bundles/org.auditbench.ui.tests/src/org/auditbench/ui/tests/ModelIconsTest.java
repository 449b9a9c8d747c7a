package org.auditbench.ui.tests;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;

import org.auditbench.model.AuditPackage;
import org.auditbench.ui.internal.emf.ItemLabelProvider;
import org.auditbench.ui.internal.emf.ModelAdapters;
import org.eclipse.core.runtime.Platform;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.ui.PlatformUI;
import org.junit.Test;
import org.osgi.framework.Bundle;

/**
 * One set of model icons: the edit bundle's own ({@code icons/own}, put over the generator's
 * placeholders in {@code icons/full/obj16} by the build), given by the item providers and shown by the
 * workbench's label provider.
 */
public class ModelIconsTest {

    @Test
    public void theItemProvidersGiveTheEditBundlesOwnIconsAndTheWorkbenchShowsThem() throws IOException {
        Bundle edit = Platform.getBundle("org.auditbench.model.edit");
        List<String> checked = new ArrayList<>();
        for (Object classifier : AuditPackage.eINSTANCE.getEClassifiers()) {
            if (classifier instanceof EClass type && !type.isAbstract()) {
                URL own = edit.getEntry("icons/own/" + type.getName() + ".gif");
                if (own != null) {
                    EObject object = EcoreUtil.create(type);
                    URL given = (URL) ModelAdapters.adapt(object, IItemLabelProvider.class).getImage(object);
                    assertArrayEquals(type.getName(), read(own), read(given));
                    checked.add(type.getName());
                }
            }
        }
        assertTrue("own icons for the auditor's main objects: " + checked,
                checked.containsAll(List.of("Institution", "Campaign", "AuditCase", "Statement", "ScanRun", "MailServer")));
        int width = PlatformUI.getWorkbench().getDisplay().syncCall(() -> {
            ItemLabelProvider labels = new ItemLabelProvider();
            try {
                return labels.getImage(EcoreUtil.create(AuditPackage.Literals.INSTITUTION)).getBounds().width;
            } finally {
                labels.dispose();
            }
        });
        assertEquals(16, width);
    }

    private static byte[] read(URL url) throws IOException {
        try (InputStream in = url.openStream()) {
            return in.readAllBytes();
        }
    }
}
