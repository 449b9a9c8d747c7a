package org.auditbench.ui.internal.help;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.auditbench.ui.WidgetIds;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;

/**
 * The short guide through an audit, bundled as text in the workbench's language ({@code guide_de.txt},
 * else {@code guide.txt}): a plain dialog, as the product carries neither the Eclipse help system nor a
 * browser engine.
 */
final class GuideDialog extends Dialog {

    GuideDialog(Shell parent) {
        super(parent);
        setShellStyle(getShellStyle() | SWT.RESIZE | SWT.MAX);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.Guide_title);
        WidgetIds.set(shell, "guide.dialog");
    }

    @Override
    protected Point getInitialSize() {
        return new Point(760, 720);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        StyledText text = WidgetIds.set(new StyledText(area, SWT.MULTI | SWT.WRAP | SWT.READ_ONLY | SWT.V_SCROLL | SWT.BORDER),
                "guide.text");
        text.setFont(JFaceResources.getDialogFont());
        text.setMargins(12, 12, 12, 12);
        text.setText(guide(Locale.getDefault()));
        headings(text);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(text);
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.CLOSE_ID, IDialogConstants.CLOSE_LABEL, true);
    }

    @Override
    protected void buttonPressed(int buttonId) {
        close();
    }

    /** The title (first line) and the numbered steps' lines in bold. */
    private static void headings(StyledText text) {
        String shown = text.getText();
        int start = 0;
        for (String line : shown.split("\n", -1)) {
            if (start == 0 || line.matches("\\d+\\. .*")) {
                text.setStyleRange(new StyleRange(start, line.length(), null, null, SWT.BOLD));
            }
            start += line.length() + 1;
        }
    }

    /** The guide in the language asked for, else in English. */
    static String guide(Locale locale) {
        String own = "guide_" + locale.getLanguage() + ".txt";
        InputStream in = GuideDialog.class.getResourceAsStream(own);
        try (InputStream text = in != null ? in : GuideDialog.class.getResourceAsStream("guide.txt")) {
            return new String(text.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("the bundled guide cannot be read", e);
        }
    }
}
