package org.auditbench.io.tests;

import static org.junit.Assert.assertEquals;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;

import org.auditbench.io.RegisterValidator;
import org.auditbench.model.AuditFactory;
import org.auditbench.model.Campaign;
import org.auditbench.model.Institution;
import org.auditbench.model.MailDomain;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.junit.Test;

/** The register's rules as an EMF validator: what the editors show and the import refuses. */
public class RegisterValidatorTest {

    @Test
    public void aCompleteInstitutionPasses() {
        assertEquals(List.of(), findings(institution("Pfarrei St. Marien", "info@marien.example", "marien.example")));
    }

    @Test
    public void nameEmailAndEachBadDomainAreFindingsAboutTheirFeature() {
        Institution institution = institution(" ", "info at marien", "marien.example", "marien_alt.example", "M\u00fcnster.example");
        assertEquals(List.of(
                "Institution.name the institution name is missing",
                "Institution.contactEmail contact e-mail 'info at marien' is not a valid address",
                "Institution.mailDomains mail domain 'marien_alt.example' is not a valid domain name",
                // stored names are ASCII: the Unicode form must have been converted
                "Institution.mailDomains mail domain 'M\u00fcnster.example' is not a valid domain name"), findings(institution));
    }

    @Test
    public void aCampaignNeedsATitleAndItsDatesInOrder() {
        Campaign campaign = AuditFactory.eINSTANCE.createCampaign();
        campaign.setScanPhaseStart(day(2021, 3, 10));
        campaign.setScanPhaseEnd(day(2021, 3, 9));
        campaign.setLetterDate(day(2021, 4, 1));
        campaign.setDeadline(day(2021, 3, 31));
        assertEquals(List.of("Campaign.title the campaign title is missing",
                "Campaign.scanPhaseEnd the scan phase ends before it starts",
                "Campaign.deadline the deadline is before the letter date"), findings(campaign));
        campaign.setTitle("Hafnium 2021");
        campaign.setScanPhaseEnd(day(2021, 3, 10));
        campaign.setDeadline(day(2021, 4, 1));
        assertEquals(List.of(), findings(campaign));
    }

    private static List<String> findings(EObject object) {
        Diagnostic result = RegisterValidator.check(object);
        return result.getChildren().stream().map(d -> {
            EStructuralFeature feature = RegisterValidator.feature(d);
            return feature.getEContainingClass().getName() + "." + feature.getName() + " " + d.getMessage();
        }).toList();
    }

    private static Institution institution(String name, String email, String... domains) {
        Institution institution = AuditFactory.eINSTANCE.createInstitution();
        institution.setName(name);
        institution.setContactEmail(email);
        for (String domainName : domains) {
            MailDomain domain = AuditFactory.eINSTANCE.createMailDomain();
            domain.setName(domainName);
            institution.getMailDomains().add(domain);
        }
        return institution;
    }

    private static Date day(int year, int month, int day) {
        return Date.from(LocalDate.of(year, month, day).atStartOfDay(ZoneId.systemDefault()).toInstant());
    }
}
