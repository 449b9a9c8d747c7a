package org.auditbench.report.tests;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.auditbench.core.BadInputException;
import org.auditbench.core.CampaignTemplates;
import org.auditbench.core.WorkflowSession;
import org.auditbench.model.AuditFactory;
import org.auditbench.model.Institution;
import org.auditbench.report.ReportCatalog;
import org.auditbench.report.ReportDefinition;
import org.auditbench.report.ReportFormat;
import org.auditbench.report.ReportParameter;
import org.auditbench.report.ReportRequest;
import org.auditbench.report.ReportScope;
import org.auditbench.store.AuditStore;
import org.auditbench.testing.peers.Folders;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * A third party's report (this bundle's plugin.xml): found in the catalog with its typed parameters,
 * filled by its own data class from a real store, rendered in the formats it declares, and refused on
 * anything else with the reason.
 */
public class ContributedReportTest {

    private static final String ID = "org.auditbench.report.tests.greeting";
    private Path data;
    private AuditStore store;
    private WorkflowSession session;
    private Institution institution;

    @Before
    public void storeWithOneInstitution() throws Exception {
        data = Files.createTempDirectory("greeting");
        store = AuditStore.open(data);
        session = new WorkflowSession(store, "pruefer", Clock.systemDefaultZone(), CampaignTemplates.builtIn());
        institution = AuditFactory.eINSTANCE.createInstitution();
        institution.setName("Pfarrei St. Marien");
        institution.setCity("Münster");
        store.institutions().save(institution);
    }

    @After
    public void closeStore() {
        store.close();
        Folders.deleteQuietly(data);
    }

    @Test
    public void catalogReadsScopesTypedParametersAndFormats() {
        ReportDefinition report = ReportCatalog.find(ID).orElseThrow();
        assertEquals(Set.of(ReportScope.INSTITUTION, ReportScope.CASE), report.scopes());
        assertEquals(List.of(new ReportParameter("institution", ReportParameter.Type.INSTITUTION, true),
                new ReportParameter("asOf", ReportParameter.Type.DATE, false)), report.parameters());
        assertEquals(Set.of(ReportFormat.PDF, ReportFormat.HTML), report.formats());
        assertTrue(report.data().isPresent());
    }

    @Test
    public void pdfIsFilledFromTheStoreAndEmbedsTheShippedFont() throws Exception {
        byte[] pdf = Outputs.run(session, ID, ReportRequest.institution(institution.getId()).asOf(LocalDate.of(2021, 4, 26)),
                ReportFormat.PDF, "greeting.pdf");
        String text = Outputs.pdfText(pdf);
        assertThat(text, containsString("Prüfung zum Umgang mit der Sicherheitslücke"));
        assertThat(text, containsString("Sehr geehrte Damen und Herren der Pfarrei St. Marien in Münster (Nr. " + institution.getId() + ")"));
        assertThat("the date parameter", text, containsString("2021-04-26"));
        for (String line : Outputs.pdfFonts(pdf).lines().skip(2).toList()) {
            assertThat("every font embedded: " + line, line, containsString(" yes "));
        }
    }

    @Test
    public void htmlIsRenderedToo() throws Exception {
        String html = new String(Outputs.run(session, ID, ReportRequest.institution(institution.getId()).locale(Locale.ENGLISH),
                ReportFormat.HTML, "greeting.html"), StandardCharsets.UTF_8);
        assertThat(html, containsString("Pfarrei St. Marien"));
    }

    @Test
    public void otherScopesFormatsAndUnknownIdsAreRefusedByName() {
        BadInputException scope = assertThrows(BadInputException.class,
                () -> Outputs.run(session, ID, ReportRequest.campaign(1), ReportFormat.PDF, "x.pdf"));
        assertThat(scope.getMessage(), containsString("runs on case or institution, not on campaign 1"));
        BadInputException format = assertThrows(BadInputException.class,
                () -> Outputs.run(session, ID, ReportRequest.institution(institution.getId()), ReportFormat.XLSX, "x.xlsx"));
        assertThat(format.getMessage(), containsString("is offered as pdf, html, not as xlsx"));
        BadInputException unknown = assertThrows(BadInputException.class,
                () -> Outputs.run(session, ID, ReportRequest.institution(4711), ReportFormat.PDF, "x.pdf"));
        assertThat(unknown.getMessage(), containsString("there is no institution 4711"));
    }
}
