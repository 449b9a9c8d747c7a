package org.auditbench.ui.internal.campaigns.wizard;

import java.lang.reflect.InvocationTargetException;
import java.text.MessageFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.auditbench.core.BadInputException;
import org.auditbench.core.FileNumberPattern;
import org.auditbench.core.SampleRequest;
import org.auditbench.model.AuditCase;
import org.auditbench.model.Institution;
import org.auditbench.model.MailDomain;
import org.auditbench.model.SelectionReason;
import org.auditbench.model.edit.AuditbenchItemProviders;
import org.auditbench.ui.WidgetIds;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/**
 * How the members are chosen and a preview of them. The page is complete once the members of the
 * current settings were previewed: the auditor sees who gets a letter before anything is stored.
 */
final class SamplePage extends WizardPage {

    private final SampleSettings settings;
    private final Supplier<MembersWizard.Draw> draw;
    private TableViewer members;
    private Label summary;
    /** The request whose members the table shows, {@code null} when the settings changed since. */
    private SampleRequest previewed;

    SamplePage(List<Institution> selected, Supplier<MembersWizard.Draw> draw) {
        super("sample");
        this.settings = new SampleSettings(selected, this::settingsChanged);
        this.draw = draw;
        setTitle(Messages.Sample_page);
        setDescription(Messages.Sample_description);
        setPageComplete(false);
    }

    @Override
    public void createControl(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().applyTo(page);
        settings.create(page);
        Composite bar = new Composite(page, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(bar);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
        Button show = WidgetIds.set(new Button(bar, SWT.PUSH), "sample.preview");
        show.setText(Messages.Sample_preview);
        show.addListener(SWT.Selection, e -> preview());
        summary = WidgetIds.set(new Label(bar, SWT.WRAP), "sample.summary");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(summary);
        members = new TableViewer(page, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
        WidgetIds.set(members.getTable(), "sample.members");
        members.getTable().setHeaderVisible(true);
        members.getTable().setLinesVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).hint(620, 160).applyTo(members.getTable());
        column(Messages.Sample_institution, 240, c -> c.getInstitution().getName());
        column(Messages.Sample_kind, 110, c -> nonNull(c.getInstitution().getKind()));
        column(Messages.Sample_reason, 130, c -> AuditbenchItemProviders.literal(c.getSelectionReason()));
        column(Messages.Sample_fileNumber, 120, c -> nonNull(FileNumberPattern.of(c)));
        column(Messages.Sample_domains, 200, c -> c.getInstitution().getMailDomains().stream().map(MailDomain::getUnicodeName)
                .collect(Collectors.joining(", ")));
        members.setContentProvider(ArrayContentProvider.getInstance());
        setControl(page);
        settingsChanged();
    }

    private void column(String title, int width, Function<AuditCase, String> text) {
        TableViewerColumn column = new TableViewerColumn(members, SWT.NONE);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((AuditCase) element);
            }
        });
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }

    private void settingsChanged() {
        previewed = null;
        if (members != null) {
            members.setInput(List.of());
            summary.setText(Messages.Sample_previewFirst);
            summary.getParent().layout();
        }
        setErrorMessage(settings.problem());
        setPageComplete(false);
    }

    /** Draws the members in the background (the register may be large) and shows them. */
    private void preview() {
        AtomicReference<List<AuditCase>> drawn = new AtomicReference<>();
        SampleRequest request;
        try {
            request = settings.request();
            MembersWizard.Draw work = draw.get();
            getContainer().run(true, false, monitor -> {
                monitor.beginTask(Messages.Sample_previewing, IProgressMonitor.UNKNOWN);
                try {
                    drawn.set(work.preview(request));
                } catch (BadInputException e) {
                    throw new InvocationTargetException(e);
                } finally {
                    monitor.done();
                }
            });
        } catch (BadInputException e) {
            setErrorMessage(e.getMessage());
            return;
        } catch (InvocationTargetException e) {
            setErrorMessage(e.getCause().getMessage());
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        List<AuditCase> cases = drawn.get();
        members.setInput(cases);
        long known = cases.stream().filter(c -> c.getSelectionReason() == SelectionReason.KNOWN_CASE).count();
        // MessageFormat, not NLS.bind: the counts choose "1 member" or "2 members"
        summary.setText(MessageFormat.format(Messages.Sample_members, cases.size(), known, cases.size() - known));
        summary.getParent().layout();
        setErrorMessage(null);
        previewed = request;
        setPageComplete(true);
    }

    /** The request whose members were previewed, {@code null} unless the page is complete. */
    SampleRequest previewedRequest() {
        return previewed;
    }
}
