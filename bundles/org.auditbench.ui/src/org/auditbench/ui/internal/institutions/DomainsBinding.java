package org.auditbench.ui.internal.institutions;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.auditbench.model.names.MailDomainNames;
import org.auditbench.model.AuditFactory;
import org.auditbench.model.AuditPackage;
import org.auditbench.model.Institution;
import org.auditbench.model.MailDomain;
import org.auditbench.ui.internal.emf.ChangeCommands;
import org.auditbench.ui.internal.emf.EditingSession;
import org.auditbench.ui.internal.emf.FieldBinding;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.swt.widgets.Text;

/**
 * The institution's mail domains as one line, typed in Unicode or ASCII: the domains that stay keep
 * their stored object (and so their scan history), the others are removed and added by commands. A name
 * that is not a valid domain is kept as typed for the validator to point at.
 */
final class DomainsBinding extends FieldBinding {

    private final Institution institution;

    DomainsBinding(EditingSession session, Text text, Institution institution) {
        super(session, text);
        this.institution = institution;
        show();
    }

    @Override
    protected String shown() {
        return InstitutionsView.domains(institution);
    }

    @Override
    protected Command change(String typed) {
        Set<String> wanted = new LinkedHashSet<>();
        for (String name : MailDomainNames.split(typed)) {
            try {
                wanted.add(MailDomainNames.toAscii(name));
            } catch (IllegalArgumentException e) {
                wanted.add(name);
            }
        }
        Set<String> current = new HashSet<>();
        List<MailDomain> dropped = new ArrayList<>();
        for (MailDomain domain : institution.getMailDomains()) {
            current.add(domain.getName());
            if (!wanted.contains(domain.getName())) {
                dropped.add(domain);
            }
        }
        List<MailDomain> added = new ArrayList<>();
        for (String name : wanted) {
            if (!current.contains(name)) {
                MailDomain domain = AuditFactory.eINSTANCE.createMailDomain();
                domain.setName(name);
                added.add(domain);
            }
        }
        if (dropped.isEmpty() && added.isEmpty()) {
            return null;
        }
        CompoundCommand change = new CompoundCommand();
        if (!dropped.isEmpty()) {
            change.append(RemoveCommand.create(session.getEditingDomain(), institution, AuditPackage.Literals.INSTITUTION__MAIL_DOMAINS, dropped));
        }
        if (!added.isEmpty()) {
            change.append(AddCommand.create(session.getEditingDomain(), institution, AuditPackage.Literals.INSTITUTION__MAIL_DOMAINS, added));
        }
        return ChangeCommands.named(ChangeCommands.featureName(institution, AuditPackage.Literals.INSTITUTION__MAIL_DOMAINS), change);
    }
}
