package org.auditbench.io;

import java.util.Date;
import java.util.Map;

import org.auditbench.io.internal.Messages;
import org.auditbench.model.AuditPackage;
import org.auditbench.model.Campaign;
import org.auditbench.model.Institution;
import org.auditbench.model.MailDomain;
import org.auditbench.model.names.MailDomainNames;
import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.impl.EValidatorRegistryImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EObjectValidator;
import org.eclipse.osgi.util.NLS;

/**
 * The rules an institution and a campaign must keep before they are stored, as an EMF validator: the
 * institution's name, a contact e-mail that is an address, mail domains by {@link MailDomainNames}
 * (stored in their ASCII form), a campaign's title and the order of its dates. The import checks each
 * row with it and the workbench's editors show its findings and refuse to save while there are errors.
 * Each finding names the object and the feature it is about ({@link #feature(Diagnostic)}).
 */
public final class RegisterValidator extends EObjectValidator {

    public static final String SOURCE = "org.auditbench.io";
    private static final RegisterValidator INSTANCE = new RegisterValidator();
    private static final Diagnostician DIAGNOSTICIAN;

    static {
        EValidator.Registry registry = new EValidatorRegistryImpl();
        registry.put(AuditPackage.eINSTANCE, INSTANCE);
        DIAGNOSTICIAN = new Diagnostician(registry);
    }

    private RegisterValidator() {
    }

    /** The findings about {@code object} and everything it contains (an institution's mail domains). */
    public static Diagnostic check(EObject object) {
        return DIAGNOSTICIAN.validate(object);
    }

    /** The feature a finding is about, or null. */
    public static EStructuralFeature feature(Diagnostic finding) {
        return finding.getData().size() > 1 && finding.getData().get(1) instanceof EStructuralFeature feature ? feature : null;
    }

    @Override
    public boolean validate(EClass eClass, EObject object, DiagnosticChain findings, Map<Object, Object> context) {
        boolean valid = super.validate(eClass, object, findings, context);
        if (object instanceof Institution institution) {
            valid &= institution(institution, findings);
        } else if (object instanceof MailDomain domain) {
            valid &= domain(domain, findings);
        } else if (object instanceof Campaign campaign) {
            valid &= campaign(campaign, findings);
        }
        return valid;
    }

    private static boolean institution(Institution institution, DiagnosticChain findings) {
        boolean valid = true;
        if (isBlank(institution.getName())) {
            valid = error(findings, institution, AuditPackage.Literals.INSTITUTION__NAME, Messages.problemNameMissing);
        }
        String email = institution.getContactEmail();
        if (!isBlank(email) && !MailDomainNames.isEmailAddress(email)) {
            valid = error(findings, institution, AuditPackage.Literals.INSTITUTION__CONTACT_EMAIL,
                    NLS.bind(Messages.problemInvalidEmail, email));
        }
        return valid;
    }

    private static boolean domain(MailDomain domain, DiagnosticChain findings) {
        String name = domain.getName() == null ? "" : domain.getName();
        try {
            if (MailDomainNames.toAscii(name).equals(name)) {
                return true;
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        // about the institution's list of domains: that is where the auditor typed it
        EObject owner = domain.getInstitution() == null ? domain : domain.getInstitution();
        EStructuralFeature feature = domain.getInstitution() == null ? AuditPackage.Literals.MAIL_DOMAIN__NAME
                : AuditPackage.Literals.INSTITUTION__MAIL_DOMAINS;
        return error(findings, owner, feature, NLS.bind(Messages.problemInvalidDomain, name));
    }

    private static boolean campaign(Campaign campaign, DiagnosticChain findings) {
        boolean valid = true;
        if (isBlank(campaign.getTitle())) {
            valid = error(findings, campaign, AuditPackage.Literals.CAMPAIGN__TITLE, Messages.problemTitleMissing);
        }
        if (before(campaign.getScanPhaseEnd(), campaign.getScanPhaseStart())) {
            valid = error(findings, campaign, AuditPackage.Literals.CAMPAIGN__SCAN_PHASE_END, Messages.problemScanPhaseOrder);
        }
        if (before(campaign.getDeadline(), campaign.getLetterDate())) {
            valid = error(findings, campaign, AuditPackage.Literals.CAMPAIGN__DEADLINE, Messages.problemDeadlineBeforeLetter);
        }
        return valid;
    }

    private static boolean before(Date later, Date earlier) {
        return later != null && earlier != null && later.before(earlier);
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    private static boolean error(DiagnosticChain findings, EObject object, EStructuralFeature feature, String message) {
        if (findings != null) {
            findings.add(new BasicDiagnostic(Diagnostic.ERROR, SOURCE, 0, message, new Object[] { object, feature }));
        }
        return false;
    }
}
