package org.auditbench.ui.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import org.auditbench.ui.WidgetIds;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * A date the auditor types the German way (10.03.2021, 10.3.21), as ISO (2021-03-10) or in the format of
 * the workbench's language, or picks from a calendar; shown in that language's format. While the text is
 * no date it is shown in red with the formats it takes, and {@link #date()} keeps the last date typed.
 */
public final class DateField {

    private static final List<DateTimeFormatter> TYPED = List.of(strict("d.M.uuuu"), strict("d.M.uu"), strict("uuuu-M-d"));

    private final Composite box;
    private final Text text;
    private final Color normal;
    private LocalDate date;

    /** @param id the widget id of the text (see {@link WidgetIds}) */
    public DateField(Composite parent, String id) {
        box = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).spacing(2, 0).applyTo(box);
        text = WidgetIds.set(new Text(box, SWT.BORDER | SWT.SINGLE), id);
        GridDataFactory.fillDefaults().grab(true, false).hint(110, SWT.DEFAULT).applyTo(text);
        normal = text.getForeground();
        text.setToolTipText(NLS.bind(Messages.Date_formats, shown(LocalDate.of(2021, 3, 10))));
        text.addModifyListener(e -> typed());
        Button pick = WidgetIds.set(new Button(box, SWT.ARROW | SWT.DOWN), id + ".calendar");
        pick.addListener(SWT.Selection, e -> openCalendar());
        setDate(LocalDate.now());
    }

    /** The composite to lay out. */
    public Composite control() {
        return box;
    }

    /** The date shown, or the last one typed while the text is no date. */
    public LocalDate date() {
        return date;
    }

    /** What is wrong with the text typed, or {@code null} when it is a date. */
    public String problem() {
        return parse(text.getText()).isPresent() ? null : NLS.bind(Messages.Date_invalid, text.getText().strip());
    }

    public void setDate(LocalDate day) {
        date = day;
        text.setText(shown(day));
    }

    /** Runs whenever the date changes, typed or picked. */
    public void onChange(Runnable changed) {
        text.addModifyListener(e -> changed.run());
    }

    /** The text as a date: German, ISO, or the workbench language's short or medium format. */
    public static Optional<LocalDate> parse(String typed) {
        String day = typed.strip();
        for (DateTimeFormatter format : formats()) {
            try {
                return Optional.of(LocalDate.parse(day, format));
            } catch (DateTimeParseException e) {
                // the next format may take it
            }
        }
        return Optional.empty();
    }

    /** A date as the workbench's language writes it (10.03.2021; Mar 10, 2021). */
    public static String shown(LocalDate day) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.getDefault()).format(day);
    }

    private static List<DateTimeFormatter> formats() {
        Locale locale = Locale.getDefault();
        return Stream.concat(TYPED.stream(), Stream.of(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .map(style -> DateTimeFormatter.ofLocalizedDate(style).withLocale(locale))).toList();
    }

    private static DateTimeFormatter strict(String pattern) {
        return DateTimeFormatter.ofPattern(pattern).withResolverStyle(ResolverStyle.STRICT);
    }

    private void typed() {
        Optional<LocalDate> parsed = parse(text.getText());
        parsed.ifPresent(day -> date = day);
        text.setForeground(parsed.isPresent() ? normal : text.getDisplay().getSystemColor(SWT.COLOR_RED));
    }

    private void openCalendar() {
        Shell popup = new Shell(box.getShell(), SWT.NO_TRIM | SWT.ON_TOP);
        popup.setLayout(new FillLayout());
        DateTime calendar = WidgetIds.set(new DateTime(popup, SWT.CALENDAR), "dateField.calendar");
        calendar.setDate(date.getYear(), date.getMonthValue() - 1, date.getDayOfMonth());
        calendar.addListener(SWT.Selection, e -> setDate(LocalDate.of(calendar.getYear(), calendar.getMonth() + 1, calendar.getDay())));
        calendar.addListener(SWT.DefaultSelection, e -> popup.close());
        popup.addListener(SWT.Deactivate, e -> popup.close());
        popup.pack();
        Point below = box.toDisplay(0, box.getSize().y);
        popup.setLocation(below);
        popup.open();
    }
}
