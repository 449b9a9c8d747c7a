package org.auditbench.ui.internal.institutions;

import java.text.NumberFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.auditbench.model.Institution;
import org.auditbench.model.MailDomain;
import org.auditbench.ui.WidgetIds;
import org.auditbench.ui.internal.StartupProbe;
import org.auditbench.ui.internal.UiBenchmarkRun;
import org.auditbench.ui.internal.emf.ItemLabelProvider;
import org.auditbench.ui.internal.store.WorkbenchStore;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;

/**
 * All institutions under supervision in one table, filtered as you type (name, city, kind or mail
 * domain; umlauts and their spellings with e match each other), sorted by the column whose header was
 * clicked (German collation). The register is read in a job, never on the UI thread. The selection
 * feeds the Properties view; a double click opens the institution's editor.
 */
public final class InstitutionsView extends ViewPart implements WorkbenchStore.Listener {

    public static final String ID = "org.auditbench.ui.views.institutions";

    private TableViewer viewer;
    private Text filter;
    private Label count;
    private final ItemLabelProvider labels = new ItemLabelProvider();
    private final Function<Institution, String> name = InstitutionOrder.BY_NAME;
    private final InstitutionOrder order = new InstitutionOrder(name);
    private final TextFilter textFilter = new TextFilter();
    /** Counts the loads asked for: only the newest one's result is shown. */
    private int loads;

    @Override
    public void createPartControl(Composite parent) {
        GridLayoutFactory.fillDefaults().margins(4, 4).numColumns(2).applyTo(parent);
        filter = WidgetIds.set(new Text(parent, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL), "institutions.filter");
        filter.setMessage(Messages.Institutions_filter);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(filter);
        count = WidgetIds.set(new Label(parent, SWT.NONE), "institutions.count");
        GridDataFactory.fillDefaults().align(SWT.END, SWT.CENTER).hint(110, SWT.DEFAULT).applyTo(count);

        viewer = new TableViewer(parent, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER | SWT.VIRTUAL);
        WidgetIds.set(viewer.getTable(), "institutions.table");
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).span(2, 1).applyTo(viewer.getTable());
        column(Messages.Institutions_name, 260, name, true);
        column(Messages.Institutions_kind, 110, Institution::getKind, false);
        column(Messages.Institutions_city, 130, i -> join(i.getPostcode(), i.getCity()), false);
        column(Messages.Institutions_domains, 240, InstitutionsView::domains, false);
        column(Messages.Institutions_breach, 70, i -> i.isReportedBreach() ? Messages.Institutions_yes : "", false);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.setComparator(order);
        viewer.getTable().setSortColumn(viewer.getTable().getColumn(0));
        viewer.getTable().setSortDirection(SWT.UP);
        viewer.addFilter(textFilter);
        filter.addModifyListener(e -> {
            textFilter.text = SearchText.fold(filter.getText().strip());
            viewer.refresh();
            updateCount();
        });
        viewer.addDoubleClickListener(e -> openSelected());
        getSite().setSelectionProvider(viewer);
        MenuManager menu = new MenuManager();
        viewer.getTable().setMenu(menu.createContextMenu(viewer.getTable()));
        getSite().registerContextMenu(menu, viewer);
        WorkbenchStore.addListener(this);
        storeChanged();
    }

    private void column(String title, int width, Function<Institution, String> text, boolean withIcon) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
        TableColumn header = column.getColumn();
        header.setText(title);
        header.setWidth(width);
        header.addListener(SWT.Selection, e -> {
            boolean descending = order.sortBy(text);
            viewer.getTable().setSortColumn(header);
            viewer.getTable().setSortDirection(descending ? SWT.DOWN : SWT.UP);
            viewer.refresh();
        });
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                String value = text.apply((Institution) element);
                return value == null ? "" : value;
            }

            @Override
            public Image getImage(Object element) {
                return withIcon ? labels.getImage(element) : null;
            }
        });
    }

    /** The folded text the filter looks in: name, kind, city, postcode and mail domains (both forms). */
    static String searchText(Institution i) {
        return SearchText.fold(String.join(" ", String.valueOf(i.getName()), String.valueOf(i.getKind()),
                String.valueOf(i.getCity()), String.valueOf(i.getPostcode()), domains(i),
                i.getMailDomains().stream().map(MailDomain::getName).collect(Collectors.joining(" "))));
    }

    static String domains(Institution institution) {
        return institution.getMailDomains().stream().map(MailDomain::getUnicodeName).collect(Collectors.joining(", "));
    }

    private static String join(String postcode, String city) {
        return ((postcode == null ? "" : postcode) + " " + (city == null ? "" : city)).strip();
    }

    @Override
    public void storeChanged() {
        if (viewer.getControl().isDisposed()) {
            return;
        }
        int load = ++loads;
        // the first load takes the read begun at start-up, when there is one
        CompletableFuture<RegisterRead.Result> early = load == 1 ? RegisterRead.takeEarly().orElse(null) : null;
        Job job = Job.create(Messages.Institutions_loading, (IProgressMonitor monitor) -> {
            RegisterRead.Result read = early == null ? null : early.handle((result, failure) -> result).join();
            if (read == null) {
                read = RegisterRead.of(WorkbenchStore.get(), order);
            }
            RegisterRead.Result shown = read;
            viewer.getControl().getDisplay().asyncExec(() -> show(load, shown));
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule();
    }

    private void show(int load, RegisterRead.Result read) {
        if (load != loads || viewer.getControl().isDisposed()) {
            return;
        }
        List<Institution> institutions = read.institutions();
        order.adopt(read.keys());
        textFilter.searchTexts = read.searchTexts();
        List<Long> selected = selectedIds();
        viewer.setInput(institutions);
        if (!selected.isEmpty()) {
            // a reload (an own save, or another auditor's the workbench picked up) keeps the auditor's selection
            viewer.setSelection(new StructuredSelection(institutions.stream().filter(i -> selected.contains(i.getId())).toList()));
        }
        updateCount();
        StartupProbe.reached("institutions shown");
        UiBenchmarkRun.institutionsShown(filter, viewer.getTable());
    }

    private List<Long> selectedIds() {
        return viewer.getStructuredSelection().toList().stream().filter(Institution.class::isInstance)
                .map(i -> ((Institution) i).getId()).toList();
    }

    private void updateCount() {
        int shown = viewer.getTable().getItemCount();
        count.setText(shown == 1 ? Messages.Institutions_countOne
                : NLS.bind(Messages.Institutions_count, NumberFormat.getIntegerInstance().format(shown)));
        count.getParent().layout(new Control[] { count });
    }

    private void openSelected() {
        Object first = ((IStructuredSelection) viewer.getSelection()).getFirstElement();
        if (first instanceof Institution institution) {
            try {
                getSite().getPage().openEditor(new InstitutionEditorInput(institution.getId(), institution.getName()),
                        InstitutionEditor.ID);
            } catch (PartInitException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        WorkbenchStore.removeListener(this);
        labels.dispose();
        super.dispose();
    }

    /** Matches name, kind, city, postcode and mail domains (ASCII and Unicode form), folded. */
    private static final class TextFilter extends ViewerFilter {
        String text = "";
        /** The folded text of every institution shown, made once per load rather than per keystroke. */
        Map<Institution, String> searchTexts = Map.of();

        @Override
        public boolean select(Viewer viewer, Object parent, Object element) {
            if (text.isEmpty()) {
                return true;
            }
            String haystack = searchTexts.get(element);
            return (haystack == null ? InstitutionsView.searchText((Institution) element) : haystack).contains(text);
        }
    }
}
