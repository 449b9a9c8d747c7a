package org.auditbench.core.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;

import org.auditbench.core.scan.MailServerCheck;
import org.auditbench.model.AuditFactory;
import org.auditbench.model.DomainScan;
import org.auditbench.model.Institution;
import org.auditbench.model.MailDomain;
import org.auditbench.model.MxKind;
import org.auditbench.model.ScanRun;
import org.auditbench.model.ScanRunStatus;
import org.auditbench.scan.ScanSettings;
import org.auditbench.store.AuditStore;
import org.auditbench.testing.peers.Nsd;
import org.auditbench.testing.peers.PeerGroup;
import org.auditbench.testing.peers.Zone;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.After;
import org.junit.AfterClass;
import org.junit.Before;
import org.junit.BeforeClass;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * The one scan service of the workbench and the command line, with the installed checks against a real
 * NSD on 127.0.10.53: the run is stored with every mail domain of the institutions, and a cancelled run is
 * stored too, without results.
 */
public class MailServerCheckTest {

    private static PeerGroup peers;
    private static Nsd nsd;

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    private AuditStore store;
    private Institution amt;

    @BeforeClass
    public static void startNsd() throws Exception {
        peers = PeerGroup.inTempFolder("mail-server-check");
        nsd = peers.add(Nsd.start(peers.folder().resolve("nsd"), "127.0.10.53", List.of(
                new Zone("amt.test").add("@ MX 0 ."), new Zone("amt-nord.test").add("@ MX 0 ."))));
    }

    @AfterClass
    public static void stopNsd() {
        if (peers != null) {
            peers.close();
        }
    }

    @Before
    public void openStore() {
        store = AuditStore.open(folder.getRoot().toPath().resolve("data"));
        amt = AuditFactory.eINSTANCE.createInstitution();
        amt.setName("Amt Beispiel");
        amt.setCity("Musterstadt");
        for (String name : List.of("amt.test", "amt-nord.test")) {
            MailDomain domain = AuditFactory.eINSTANCE.createMailDomain();
            domain.setName(name);
            amt.getMailDomains().add(domain);
        }
        store.institutions().save(amt);
    }

    @After
    public void closeStore() {
        store.close();
    }

    private MailServerCheck check() {
        return new MailServerCheck(ScanSettings.defaults().withDnsServers(List.of(nsd.address())));
    }

    @Test
    public void theRunIsStoredWithEveryMailDomainOfTheInstitutions() throws Exception {
        ScanRun run = check().check(store, List.of(amt), new NullProgressMonitor());

        assertEquals(ScanRunStatus.COMPLETED, run.getStatus());
        ScanRun stored = store.scanRuns().load(run.getId(), List.of(amt)).orElseThrow();
        assertEquals(List.of("amt-nord.test", "amt.test"),
                stored.getDomainScans().stream().map(DomainScan::getDomainName).sorted().toList());
        for (DomainScan scan : stored.getDomainScans()) {
            assertEquals(amt.getId(), scan.getInstitution().getId());
            assertEquals(MxKind.NULL_MX, scan.getMxKind());
        }
    }

    @Test
    public void aCancelledRunIsStoredWithoutResults() throws Exception {
        NullProgressMonitor cancelled = new NullProgressMonitor();
        cancelled.setCanceled(true);

        ScanRun run = check().check(store, List.of(amt), cancelled);

        assertEquals(ScanRunStatus.CANCELLED, run.getStatus());
        ScanRun stored = store.scanRuns().load(run.getId()).orElseThrow();
        assertEquals(ScanRunStatus.CANCELLED, stored.getStatus());
        assertTrue(stored.getDomainScans().isEmpty());
    }
}
