package org.auditbench.ui.internal.campaigns.wizard;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;

import org.auditbench.core.BadInputException;
import org.auditbench.core.SampleRequest;
import org.auditbench.core.SampleRule;
import org.auditbench.model.Institution;
import org.auditbench.ui.WidgetIds;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;

/**
 * The widgets that say how members are chosen (known cases, reported breaches, random size or share,
 * seed, strata) and the {@link SampleRequest} they make. The seed is shown and may be changed, so a
 * draw can be repeated.
 */
final class SampleSettings {

    private final List<Institution> selected;
    private final Runnable changed;
    private Button useSelected;
    private Text listFile;
    private Button breaches;
    private Button bySize;
    private Spinner size;
    private Spinner share;
    private Text seed;
    private Button stratify;

    /**
     * @param selected the institutions selected in the Institutions view
     * @param changed  told after every change of a setting
     */
    SampleSettings(List<Institution> selected, Runnable changed) {
        this.selected = List.copyOf(selected);
        this.changed = changed;
    }

    void create(Composite parent) {
        Group known = group(parent, Messages.Sample_known, 3);
        useSelected = WidgetIds.set(new Button(known, SWT.CHECK), "sample.selected");
        useSelected.setText(selected.isEmpty() ? Messages.Sample_noneSelected : MessageFormat.format(Messages.Sample_selected, selected.size()));
        useSelected.setEnabled(!selected.isEmpty());
        useSelected.setSelection(!selected.isEmpty());
        GridDataFactory.fillDefaults().span(3, 1).applyTo(useSelected);
        new Label(known, SWT.NONE).setText(Messages.Sample_listFile);
        listFile = WidgetIds.set(new Text(known, SWT.BORDER), "sample.listFile");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(listFile);
        Button browse = WidgetIds.set(new Button(known, SWT.PUSH), "sample.browse");
        browse.setText(Messages.Sample_browse);
        browse.addListener(SWT.Selection, e -> browse(parent));
        breaches = WidgetIds.set(new Button(known, SWT.CHECK), "sample.breaches");
        breaches.setText(Messages.Sample_breaches);
        GridDataFactory.fillDefaults().span(3, 1).applyTo(breaches);

        Group random = group(parent, Messages.Sample_random, 6);
        bySize = WidgetIds.set(new Button(random, SWT.RADIO), "sample.bySize");
        bySize.setText(Messages.Sample_bySize);
        bySize.setSelection(true);
        size = WidgetIds.set(new Spinner(random, SWT.BORDER), "sample.size");
        size.setValues(10, 0, 1_000_000, 0, 1, 10);
        Button byShare = WidgetIds.set(new Button(random, SWT.RADIO), "sample.byShare");
        byShare.setText(Messages.Sample_byShare);
        share = WidgetIds.set(new Spinner(random, SWT.BORDER), "sample.share");
        share.setValues(100, 0, 10000, 2, 10, 100); // percent with two decimals: 1.00 %
        new Label(random, SWT.NONE).setText(Messages.Sample_percent);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(new Label(random, SWT.NONE));
        new Label(random, SWT.NONE).setText(Messages.Sample_seed);
        seed = WidgetIds.set(new Text(random, SWT.BORDER), "sample.seed");
        seed.setText(String.valueOf(new SecureRandom().nextLong()));
        GridDataFactory.fillDefaults().span(4, 1).grab(true, false).applyTo(seed);
        Button newSeed = WidgetIds.set(new Button(random, SWT.PUSH), "sample.newSeed");
        newSeed.setText(Messages.Sample_newSeed);
        newSeed.addListener(SWT.Selection, e -> seed.setText(String.valueOf(new SecureRandom().nextLong())));
        stratify = WidgetIds.set(new Button(random, SWT.CHECK), "sample.stratify");
        stratify.setText(Messages.Sample_stratify);
        GridDataFactory.fillDefaults().span(6, 1).applyTo(stratify);

        for (Button button : List.of(useSelected, breaches, bySize, byShare, stratify)) {
            button.addListener(SWT.Selection, e -> settingChanged());
        }
        for (Spinner spinner : List.of(size, share)) {
            spinner.addListener(SWT.Modify, e -> settingChanged());
        }
        listFile.addListener(SWT.Modify, e -> settingChanged());
        seed.addListener(SWT.Modify, e -> settingChanged());
        settingChanged();
    }

    private static Group group(Composite parent, String title, int columns) {
        Group group = new Group(parent, SWT.NONE);
        group.setText(title);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(group);
        GridLayoutFactory.swtDefaults().numColumns(columns).applyTo(group);
        return group;
    }

    private void browse(Composite parent) {
        FileDialog dialog = new FileDialog(parent.getShell(), SWT.OPEN);
        dialog.setFilterExtensions(new String[] { "*.txt;*.csv", "*" });
        String file = dialog.open();
        if (file != null) {
            listFile.setText(file);
        }
    }

    private void settingChanged() {
        size.setEnabled(bySize.getSelection());
        share.setEnabled(!bySize.getSelection());
        changed.run();
    }

    /** What is wrong with the settings as typed, or {@code null}. */
    String problem() {
        return seed() == null ? Messages.Sample_seedInvalid : null;
    }

    private Long seed() {
        try {
            return Long.parseLong(seed.getText().strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The request the widgets describe; reads the list file. */
    SampleRequest request() throws BadInputException {
        List<String> lines = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        String file = listFile.getText().strip();
        if (!file.isEmpty()) {
            Path path = Path.of(file);
            try {
                lines.addAll(Files.readAllLines(path, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new BadInputException(NLS.bind(Messages.Sample_fileUnreadable, file, e.getMessage()));
            }
            sources.add(path.getFileName().toString());
        }
        // after the file's lines, so the line numbers in errors are the file's
        if (useSelected.getSelection()) {
            selected.forEach(i -> lines.add(String.valueOf(i.getId())));
            sources.add(SampleRequest.PICKED);
        }
        SampleRule rule = bySize.getSelection() ? SampleRule.ofSize(size.getSelection(), stratify.getSelection())
                : SampleRule.ofShare(share.getSelection() / 10_000.0, stratify.getSelection());
        Long chosen = seed();
        if (chosen == null) {
            throw new BadInputException(Messages.Sample_seedInvalid);
        }
        return new SampleRequest(sources.isEmpty() ? "no list" : String.join(" + ", sources), lines, breaches.getSelection(),
                rule, chosen);
    }
}
