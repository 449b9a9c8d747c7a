package org.auditbench.ui.internal.institutions;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;

import org.auditbench.io.MailDomainNames;
import org.auditbench.model.AuditFactory;
import org.auditbench.model.Institution;
import org.auditbench.model.MailDomain;
import org.auditbench.ui.WidgetIds;
import org.auditbench.ui.internal.store.WorkbenchStore;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.EditorPart;

/**
 * Edits one institution: name, kind, address, contact, file number, reported breach and mail domains.
 * Saving goes through the store in one transaction with its audit event; a refused save (for example
 * an invalid mail domain) keeps the editor dirty and says what is wrong.
 */
public final class InstitutionEditor extends EditorPart {

    public static final String ID = "org.auditbench.ui.editors.institution";

    private Institution institution;
    private boolean dirty;
    private final List<Runnable> writeBack = new ArrayList<>();
    private Text domains;

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (!(input instanceof InstitutionEditorInput institutionInput)) {
            throw new PartInitException("not an institution: " + input);
        }
        setSite(site);
        setInput(input);
        institution = WorkbenchStore.get().institutions().load(institutionInput.id())
                .orElseThrow(() -> new PartInitException("institution " + institutionInput.id() + " no longer exists"));
        setPartName(institution.getName());
    }

    @Override
    public void createPartControl(Composite parent) {
        Composite form = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).margins(12, 12).spacing(10, 6).applyTo(form);
        field(form, "name", Messages.Institutions_name, Institution::getName, Institution::setName);
        field(form, "kind", Messages.Institutions_kind, Institution::getKind, Institution::setKind);
        field(form, "street", Messages.Editor_street, Institution::getStreet, Institution::setStreet);
        field(form, "postcode", Messages.Editor_postcode, Institution::getPostcode, Institution::setPostcode);
        field(form, "city", Messages.Institutions_city, Institution::getCity, Institution::setCity);
        field(form, "contactPerson", Messages.Editor_contactPerson, Institution::getContactPerson, Institution::setContactPerson);
        field(form, "contactEmail", Messages.Editor_contactEmail, Institution::getContactEmail, Institution::setContactEmail);
        field(form, "fileNumber", Messages.Editor_fileNumber, Institution::getFileNumber, Institution::setFileNumber);

        new Label(form, SWT.NONE).setText(Messages.Institutions_domains + ":");
        domains = WidgetIds.set(new Text(form, SWT.BORDER), "editor.domains");
        domains.setText(InstitutionsView.domains(institution));
        domains.setToolTipText(Messages.Editor_domainsHint);
        domains.addModifyListener(e -> markDirty());
        GridDataFactory.fillDefaults().grab(true, false).applyTo(domains);

        new Label(form, SWT.NONE);
        Button breach = WidgetIds.set(new Button(form, SWT.CHECK), "editor.reportedBreach");
        breach.setText(Messages.Editor_reportedBreach);
        breach.setSelection(institution.isReportedBreach());
        breach.addListener(SWT.Selection, e -> markDirty());
        writeBack.add(() -> institution.setReportedBreach(breach.getSelection()));
    }

    private void field(Composite form, String id, String label, Function<Institution, String> get,
            BiConsumer<Institution, String> set) {
        new Label(form, SWT.NONE).setText(label + ":");
        Text text = WidgetIds.set(new Text(form, SWT.BORDER), "editor." + id);
        text.setText(get.apply(institution) == null ? "" : get.apply(institution));
        text.addModifyListener(e -> markDirty());
        GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(text);
        writeBack.add(() -> set.accept(institution, text.getText().strip().isEmpty() ? null : text.getText().strip()));
    }

    private void markDirty() {
        if (!dirty) {
            dirty = true;
            firePropertyChange(PROP_DIRTY);
        }
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        List<String> names = new ArrayList<>();
        for (String typed : MailDomainNames.split(domains.getText())) {
            try {
                String ascii = MailDomainNames.toAscii(typed);
                if (!names.contains(ascii)) {
                    names.add(ascii);
                }
            } catch (IllegalArgumentException e) {
                MessageDialog.openError(getSite().getShell(), Messages.Editor_saveFailed, String.format(Messages.Editor_badDomain, typed));
                monitor.setCanceled(true);
                return;
            }
        }
        writeBack.forEach(Runnable::run);
        applyDomains(names);
        try {
            WorkbenchStore.get().institutions().save(institution);
        } catch (RuntimeException e) {
            MessageDialog.openError(getSite().getShell(), Messages.Editor_saveFailed, e.getMessage());
            monitor.setCanceled(true);
            return;
        }
        dirty = false;
        firePropertyChange(PROP_DIRTY);
        setPartName(institution.getName());
        WorkbenchStore.changed();
    }

    /** Keeps the stored domains that remain (their scan history stays attached), adds and drops the rest. */
    private void applyDomains(List<String> names) {
        Set<String> wanted = new LinkedHashSet<>(names);
        institution.getMailDomains().removeIf(domain -> !wanted.contains(domain.getName()));
        institution.getMailDomains().forEach(domain -> wanted.remove(domain.getName()));
        for (String name : wanted) {
            MailDomain domain = AuditFactory.eINSTANCE.createMailDomain();
            domain.setName(name);
            institution.getMailDomains().add(domain);
        }
    }

    @Override
    public void doSaveAs() {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean isDirty() {
        return dirty;
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }

    @Override
    public void setFocus() {
        domains.getParent().setFocus();
    }
}
