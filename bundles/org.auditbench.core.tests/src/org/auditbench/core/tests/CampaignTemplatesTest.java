package org.auditbench.core.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.auditbench.core.BadInputException;
import org.auditbench.core.CampaignFactory;
import org.auditbench.core.CampaignTemplate;
import org.auditbench.core.CampaignTemplates;
import org.auditbench.core.LocalizedText;
import org.auditbench.core.StepLog;
import org.auditbench.model.AuditEvent;
import org.auditbench.model.Campaign;
import org.junit.Test;

public class CampaignTemplatesTest {

    @Test
    public void theProxyLogonTemplateOfTheFoundingLetter() throws Exception {
        CampaignTemplate template = CampaignTemplates.builtIn().get("proxylogon-2021");
        assertEquals("CVE-2021-26855", template.vulnerabilityReferences().get(0));
        assertTrue(template.legalBasis().german().contains("§ 5 Abs. 1 KDS-VwVfG"));
        assertTrue(template.legalBasis().german().contains("§ 44 Abs. 2 lit. b) KDG"));
        assertEquals(3, template.requiredSteps().size());
        assertEquals(35, template.deadlineOffsetDays());
        assertEquals(LocalDate.of(2021, 1, 6), template.timeline().exploitedSince());
        assertEquals(LocalDate.of(2021, 3, 2), template.timeline().patchReleased());
        assertTrue(template.questions().get(0).in(Locale.GERMAN).startsWith("Welche Maßnahmen"));
        assertTrue(template.questions().get(0).in(Locale.ENGLISH).startsWith("Which measures"));
    }

    @Test
    public void theGdprVariantDiffersOnlyInItsLegalBasis() throws Exception {
        CampaignTemplates templates = CampaignTemplates.builtIn();
        CampaignTemplate kdg = templates.get("proxylogon-2021");
        CampaignTemplate gdpr = templates.get("proxylogon-2021-gdpr");
        assertTrue(gdpr.legalBasis().german().contains("Art. 58 Abs. 1 lit. a DSGVO"));
        assertEquals(kdg.questions(), gdpr.questions());
        assertEquals(kdg.timeline(), gdpr.timeline());
    }

    @Test
    public void theExchangeEolTemplateAsksForTheMigrationPlanInBothLanguages() throws Exception {
        CampaignTemplate eol = CampaignTemplates.builtIn().get("exchange-eol-2025");
        assertEquals(List.of("exchange.lifecycle"), eol.vulnerabilityReferences());
        assertEquals("the authority's legal basis, as in the founding letter", CampaignTemplates.builtIn().get("proxylogon-2021").legalBasis(),
                eol.legalBasis());
        List<LocalizedText> texts = new ArrayList<>(eol.questions());
        texts.addAll(eol.requiredSteps());
        texts.addAll(eol.letter().intro());
        texts.addAll(eol.letter().steps());
        eol.letter().byFinding().values().forEach(f -> texts.addAll(f.result()));
        for (LocalizedText text : texts) {
            assertTrue("no English for: " + text.german(), text.english() != null && !text.english().isBlank());
        }
        assertTrue(eol.questions().get(0).in(Locale.GERMAN).contains("Migrationsplan"));
        assertTrue(eol.questions().get(0).in(Locale.ENGLISH).contains("migration plan"));
        assertEquals("every note the wording cites is listed with its source", Set.of("bsi-warning", "css-exchange-builds"),
                eol.letter().notes().keySet());
    }

    @Test
    public void unknownTemplatesAndBadTemplateFilesAreNamed() {
        BadInputException unknown = assertThrows(BadInputException.class, () -> CampaignTemplates.builtIn().get("heartbleed"));
        assertEquals("unknown campaign template 'heartbleed' (known: proxylogon-2021, proxylogon-2021-gdpr, exchange-eol-2025)", unknown.getMessage());
        BadInputException bad = assertThrows(BadInputException.class, () -> CampaignTemplates.parse("t.json",
                "{\"templates\": [{\"id\": \"x\", \"basedOn\": \"y\"}]}"));
        assertEquals("t.json: templates[0].basedOn: 'y' is not a template defined before this one", bad.getMessage());
    }

    @Test
    public void aCampaignFromTheTemplate() throws Exception {
        StepLog steps = Fixtures.steps(LocalDate.of(2021, 4, 20));
        Campaign campaign = new CampaignFactory(steps).create(CampaignTemplates.builtIn().get("proxylogon-2021"), "Hafnium 2021", null);
        assertEquals("Hafnium 2021", campaign.getTitle());
        assertEquals("proxylogon-2021", campaign.getTemplateId());
        assertEquals(List.of("CVE-2021-26855", "CVE-2021-26857", "CVE-2021-26858", "CVE-2021-27065"),
                List.copyOf(campaign.getVulnerabilityReferences()));
        List<AuditEvent> events = steps.takeEvents();
        assertEquals("campaign.created", events.get(0).getAction());
    }
}
