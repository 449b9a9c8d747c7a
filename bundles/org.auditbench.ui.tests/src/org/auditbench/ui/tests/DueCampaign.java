package org.auditbench.ui.tests;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;

import org.auditbench.core.BadInputException;
import org.auditbench.core.CampaignDesk;
import org.auditbench.core.CampaignTemplates;
import org.auditbench.core.CaseDesk;
import org.auditbench.core.Dates;
import org.auditbench.core.SampleRule;
import org.auditbench.core.WorkflowSession;
import org.auditbench.model.AuditFactory;
import org.auditbench.model.Campaign;
import org.auditbench.model.Institution;
import org.auditbench.model.MailDomain;
import org.auditbench.model.ScanRun;
import org.auditbench.model.ScanRunStatus;
import org.auditbench.store.AuditStore;
import org.auditbench.ui.internal.store.WorkbenchStore;

/** A campaign on the workbench's store whose members' letters went out, each on its day with its deadline. */
final class DueCampaign {

    /** An institution (its second word names its mail domain) and when its letter went out, to be answered by when. */
    record Member(String name, LocalDate sentOn, LocalDate deadline) {
    }

    private DueCampaign() {
    }

    /** The campaign with the members, each scanned, its letter generated and sent, through core's workflow. */
    static void create(String title, long tag, List<Member> members) throws BadInputException {
        AuditStore store = WorkbenchStore.get();
        WorkflowSession session = new WorkflowSession(store, "pruefer", Clock.systemDefaultZone(), CampaignTemplates.builtIn());
        Campaign campaign = new CampaignDesk(session).create("proxylogon-2021", title);
        // begun before the first of its letters went out: letters dated before their campaign are refused
        LocalDate begun = members.stream().map(Member::sentOn).min(LocalDate::compareTo).orElseThrow().minusDays(7);
        campaign.setCreatedOn(Dates.of(begun));
        store.campaigns().save(campaign);
        List<Institution> institutions = members.stream().map(m -> institution(store, m.name(), tag)).toList();
        new CampaignDesk(session).sample(campaign.getId(), "test",
                institutions.stream().map(i -> i.getMailDomains().get(0).getName()).toList(), false, SampleRule.ofSize(0, false), 1);
        ScanRun run = AuditFactory.eINSTANCE.createScanRun();
        run.setStartedAt(new Date());
        run.setStatus(ScanRunStatus.COMPLETED);
        store.scanRuns().save(run);
        CaseDesk desk = new CaseDesk(session);
        for (int i = 0; i < members.size(); i++) {
            long id = institutions.get(i).getId();
            desk.recordScan(campaign.getId(), id, run);
            desk.recordLetterGenerated(campaign.getId(), id, "anschreiben-" + id + ".pdf");
            desk.recordLetterSent(campaign.getId(), id, members.get(i).sentOn(), members.get(i).deadline());
        }
        WorkbenchStore.changed();
    }

    private static Institution institution(AuditStore store, String name, long tag) {
        Institution institution = AuditFactory.eINSTANCE.createInstitution();
        institution.setName(name);
        MailDomain domain = AuditFactory.eINSTANCE.createMailDomain();
        domain.setName(name.split(" ")[1].toLowerCase().replace('\u00e4', 'a') + "-" + tag + ".test");
        institution.getMailDomains().add(domain);
        store.institutions().save(institution);
        return institution;
    }
}
