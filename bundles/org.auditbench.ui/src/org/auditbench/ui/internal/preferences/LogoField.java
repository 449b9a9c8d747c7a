package org.auditbench.ui.internal.preferences;

import java.nio.file.Files;
import java.nio.file.Path;

import org.auditbench.ui.WidgetIds;
import org.auditbench.ui.internal.ChosenFiles;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTException;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/** The letterhead logo: its file (chosen, or removed) and the image shown as it is found there. */
final class LogoField {

    private static final int PREVIEW_HEIGHT = 64;

    private final Text path;
    private final Label preview;
    private final Runnable changed;
    private Image image;
    private String problem;

    LogoField(Composite form, String label, Runnable changed) {
        this.changed = changed;
        new Label(form, SWT.NONE).setText(label);
        path = WidgetIds.set(new Text(form, SWT.BORDER | SWT.READ_ONLY), "authority.logo");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(path);
        Composite buttons = new Composite(form, SWT.NONE);
        buttons.setLayout(new RowLayout());
        Button choose = WidgetIds.set(new Button(buttons, SWT.PUSH), "authority.logo.choose");
        choose.setText(Messages.Authority_logoChoose);
        choose.addListener(SWT.Selection, e -> {
            Path file = ChosenFiles.choose(form.getShell(),
                    new ChosenFiles.Request(false, Messages.Authority_logo, null, "*.png;*.jpg;*.jpeg;*.gif", "*.*"));
            if (file != null) {
                setFile(file.toAbsolutePath().toString());
            }
        });
        Button remove = WidgetIds.set(new Button(buttons, SWT.PUSH), "authority.logo.remove");
        remove.setText(Messages.Authority_logoRemove);
        remove.addListener(SWT.Selection, e -> setFile(""));
        new Label(form, SWT.NONE);
        preview = WidgetIds.set(new Label(form, SWT.BORDER), "authority.logo.preview");
        GridDataFactory.fillDefaults().span(2, 1).hint(SWT.DEFAULT, PREVIEW_HEIGHT + 4).applyTo(preview);
        preview.addDisposeListener(e -> dispose());
    }

    String file() {
        return path.getText();
    }

    /** What is wrong with the chosen file, or {@code null}. */
    String problem() {
        return problem;
    }

    void setFile(String file) {
        path.setText(file);
        preview.setImage(null);
        dispose();
        problem = null;
        preview.setText(file.isEmpty() ? Messages.Authority_logoNone : "");
        if (!file.isEmpty()) {
            show(Path.of(file));
        }
        preview.getParent().layout(true, true);
        changed.run();
    }

    private void show(Path file) {
        if (!Files.isReadable(file)) {
            problem = NLS.bind(Messages.Authority_logoUnreadable, file);
            return;
        }
        try {
            ImageData data = new ImageData(file.toString());
            int width = Math.max(1, data.width * PREVIEW_HEIGHT / Math.max(1, data.height));
            image = new Image(preview.getDisplay(), data.height > PREVIEW_HEIGHT ? data.scaledTo(width, PREVIEW_HEIGHT) : data);
            preview.setImage(image);
        } catch (SWTException e) {
            problem = NLS.bind(Messages.Authority_logoNoImage, file);
        }
    }

    private void dispose() {
        if (image != null) {
            image.dispose();
            image = null;
        }
    }
}
