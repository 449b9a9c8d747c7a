package org.auditbench.ui.internal.institutions;

import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.auditbench.io.RegisterValidator;
import org.auditbench.model.AuditPackage;
import org.auditbench.model.Institution;
import org.auditbench.store.SaveConflictException;
import org.auditbench.ui.WidgetIds;
import org.auditbench.ui.internal.emf.ChangeCommands;
import org.auditbench.ui.internal.emf.EditingSession;
import org.auditbench.ui.internal.emf.TextBinding;
import org.auditbench.ui.internal.emf.ValidationMarks;
import org.auditbench.ui.internal.store.SaveConflicts;
import org.auditbench.ui.internal.store.WorkbenchStore;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.forms.widgets.ExpandableComposite;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;
import org.eclipse.ui.part.EditorPart;

/**
 * Edits one institution through EMF commands (Edit > Undo and Redo), in a form that scrolls: name,
 * kind, address, contact, file number, mail domains and reported breach, with the validator's findings
 * in the header and at the fields; below, its history (checks, cases, letters, statements) read in a job.
 * Saving stores it in one transaction; a refused or failed save keeps every edit and the editor dirty (a
 * save over another auditor's newer change asks what to do). Without edits of its own the editor follows
 * what other clients save.
 */
public final class InstitutionEditor extends EditorPart implements WorkbenchStore.Listener {

    public static final String ID = "org.auditbench.ui.editors.institution";

    private Institution institution;
    private EditingSession session;
    private FormToolkit toolkit;
    private ScrolledForm form;
    private ValidationMarks marks;
    private String problems;
    private Button breach;
    private Text name;
    private TableViewer history;

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (!(input instanceof InstitutionEditorInput institutionInput)) {
            throw new PartInitException("not an institution: " + input);
        }
        setSite(site);
        setInput(input);
        institution = institutionInput.unsavedInstitution() != null ? institutionInput.unsavedInstitution()
                : WorkbenchStore.get().institutions().load(institutionInput.id())
                        .orElseThrow(() -> new PartInitException("institution " + institutionInput.id() + " no longer exists"));
        session = new EditingSession(this::changed);
        setPartName(input.getName());
    }

    @Override
    public void createPartControl(Composite parent) {
        toolkit = new FormToolkit(parent.getDisplay());
        form = WidgetIds.set(toolkit.createScrolledForm(parent), "editor.form");
        toolkit.decorateFormHeading(form.getForm());
        marks = new ValidationMarks(form.getForm());
        Composite body = form.getBody();
        GridLayoutFactory.swtDefaults().numColumns(2).margins(12, 8).spacing(14, 6).applyTo(body);
        name = field(body, "name", Messages.Institutions_name, AuditPackage.Literals.INSTITUTION__NAME);
        field(body, "kind", Messages.Institutions_kind, AuditPackage.Literals.INSTITUTION__KIND);
        field(body, "street", Messages.Editor_street, AuditPackage.Literals.INSTITUTION__STREET);
        field(body, "postcode", Messages.Editor_postcode, AuditPackage.Literals.INSTITUTION__POSTCODE);
        field(body, "city", Messages.Institutions_city, AuditPackage.Literals.INSTITUTION__CITY);
        field(body, "contactPerson", Messages.Editor_contactPerson, AuditPackage.Literals.INSTITUTION__CONTACT_PERSON);
        field(body, "contactEmail", Messages.Editor_contactEmail, AuditPackage.Literals.INSTITUTION__CONTACT_EMAIL);
        field(body, "fileNumber", Messages.Editor_fileNumber, AuditPackage.Literals.INSTITUTION__FILE_NUMBER);

        toolkit.createLabel(body, Messages.Institutions_domains + ":");
        Text domains = WidgetIds.set(toolkit.createText(body, "", SWT.BORDER), "editor.domains");
        domains.setToolTipText(Messages.Editor_domainsHint);
        GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(domains);
        new DomainsBinding(session, domains, institution);
        marks.watch(AuditPackage.Literals.INSTITUTION__MAIL_DOMAINS, domains);

        toolkit.createLabel(body, "");
        breach = WidgetIds.set(toolkit.createButton(body, Messages.Editor_reportedBreach, SWT.CHECK), "editor.reportedBreach");
        breach.addListener(SWT.Selection, e -> session.execute(ChangeCommands.set(session.getEditingDomain(), institution,
                AuditPackage.Literals.INSTITUTION__REPORTED_BREACH, breach.getSelection())));

        createHistory(body);
        changed();
        loadHistory();
        WorkbenchStore.addListener(this);
    }

    private Text field(Composite body, String id, String label, EAttribute attribute) {
        toolkit.createLabel(body, label + ":");
        Text text = WidgetIds.set(toolkit.createText(body, "", SWT.BORDER), "editor." + id);
        GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(text);
        new TextBinding(session, text, institution, attribute);
        marks.watch(attribute, text);
        return text;
    }

    private void createHistory(Composite body) {
        Section section = toolkit.createSection(body, ExpandableComposite.TITLE_BAR | ExpandableComposite.EXPANDED);
        section.setText(Messages.History_title);
        GridDataFactory.fillDefaults().grab(true, true).span(2, 1).indent(0, 12).applyTo(section);
        history = new TableViewer(section, SWT.FULL_SELECTION | SWT.BORDER);
        WidgetIds.set(history.getTable(), "editor.history");
        history.getTable().setHeaderVisible(true);
        history.getTable().setLinesVisible(true);
        column(Messages.History_day, 100, HistoryEntry::dayText);
        column(Messages.History_what, 130, HistoryEntry::what);
        column(Messages.History_detail, 420, HistoryEntry::detail);
        history.setContentProvider(ArrayContentProvider.getInstance());
        GridDataFactory.fillDefaults().hint(SWT.DEFAULT, 160).applyTo(history.getTable());
        section.setClient(history.getTable());
    }

    private void column(String title, int width, Function<HistoryEntry, String> text) {
        TableViewerColumn column = new TableViewerColumn(history, SWT.NONE);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((HistoryEntry) element);
            }
        });
    }

    /** A new institution has no history yet; a stored one's is read in a job. */
    private void loadHistory() {
        long id = institution.getId();
        if (id == 0) {
            history.setInput(List.of());
            return;
        }
        Job job = Job.create(NLS.bind(Messages.History_loading, institution.getName()), monitor -> {
            List<HistoryEntry> entries = HistoryEntry.of(WorkbenchStore.get(), id);
            history.getControl().getDisplay().asyncExec(() -> {
                if (!history.getControl().isDisposed()) {
                    history.setInput(entries);
                }
            });
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule();
    }

    /** After every command, undo and redo: dirty state, findings, the title and the check box. */
    private void changed() {
        firePropertyChange(PROP_DIRTY);
        if (form == null || form.isDisposed()) {
            return;
        }
        problems = marks.show(RegisterValidator.check(institution));
        breach.setSelection(institution.isReportedBreach());
        // while the name is being retyped the header keeps the stored one (or says it is new)
        form.setText(institution.getName() == null || institution.getName().isBlank() ? getEditorInput().getName()
                : institution.getName());
        form.reflow(true);
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        if (problems != null) {
            MessageDialog.openError(getSite().getShell(), Messages.Editor_saveFailed, NLS.bind(Messages.Editor_fixFirst, problems));
            monitor.setCanceled(true);
            return;
        }
        try {
            WorkbenchStore.get().institutions().save(institution);
        } catch (SaveConflictException e) {
            Institution stored = WorkbenchStore.get().institutions().load(institution.getId()).orElse(null);
            SaveConflicts.resolve(this, monitor, e, institution, stored, AuditPackage.Literals.INSTITUTION.getEAttributes(),
                    () -> doSave(monitor));
            return;
        } catch (RuntimeException e) {
            MessageDialog.openError(getSite().getShell(), Messages.Editor_saveFailed, e.getMessage());
            monitor.setCanceled(true);
            return;
        }
        session.saved();
        setInputWithNotify(new InstitutionEditorInput(institution.getId(), institution.getName()));
        setPartName(institution.getName());
        changed();
        WorkbenchStore.changed();
        loadHistory();
    }

    /** Another client's save (seen by the workbench's store watch) is shown while the editor holds no edits of its own. */
    @Override
    public void storeChanged() {
        long id = institution.getId();
        if (isDirty() || form == null) {
            return;
        }
        Display display = form.getDisplay();
        Job job = Job.create(NLS.bind(Messages.History_loading, institution.getName()), monitor -> {
            WorkbenchStore.get().institutions().load(id).ifPresent(stored -> display.asyncExec(() -> showStored(stored)));
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule();
    }

    private void showStored(Institution stored) {
        // only a newer version: a read begun before the editor's own save must not take it back
        if (form.isDisposed() || isDirty() || stored.getRowVersion() <= institution.getRowVersion()) {
            return;
        }
        for (EAttribute attribute : institution.eClass().getEAllAttributes()) {
            institution.eSet(attribute, stored.eGet(attribute));
        }
        institution.getMailDomains().clear();
        institution.getMailDomains().addAll(List.copyOf(stored.getMailDomains()));
        session.reloaded();
        setInputWithNotify(new InstitutionEditorInput(institution.getId(), institution.getName()));
        setPartName(institution.getName());
        loadHistory();
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        if (adapter == IEditingDomainProvider.class) {
            return adapter.cast(session);
        }
        return super.getAdapter(adapter);
    }

    /** The fields marked with a finding of the validator now. */
    public Set<EStructuralFeature> marked() {
        return marks.marked();
    }

    /** The institution as the editor holds it, saved or not. */
    public Institution institution() {
        return institution;
    }

    @Override
    public void doSaveAs() {
        throw new UnsupportedOperationException();
    }

    /** A new institution (also a copy) is unsaved until stored, typed in or not. */
    @Override
    public boolean isDirty() {
        return session.isDirty() || institution.getId() == 0;
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }

    @Override
    public void setFocus() {
        name.setFocus();
    }

    @Override
    public void dispose() {
        WorkbenchStore.removeListener(this);
        if (toolkit != null) {
            toolkit.dispose();
        }
        super.dispose();
    }
}
