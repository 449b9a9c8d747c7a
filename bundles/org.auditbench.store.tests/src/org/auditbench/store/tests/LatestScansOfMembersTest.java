package org.auditbench.store.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertSame;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.auditbench.model.DomainScan;
import org.auditbench.model.Institution;
import org.auditbench.model.ScanRun;
import org.auditbench.store.AuditStore;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * The newest scans of a campaign's members, read for all of them at once, are exactly what the read
 * of one institution gives, also when the members are more than one read takes and when institutions
 * outside the campaign were scanned too.
 */
public class LatestScansOfMembersTest {

    private static final int REGISTER = 1_300;
    private static final int MEMBERS = 1_150;

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    @Test
    public void theMembersNewestScansReadAtOnceAreTheOnesReadOneByOne() throws Exception {
        try (AuditStore store = TestDatabase.open(folder.getRoot().toPath())) {
            List<Institution> register = new ArrayList<>();
            for (int i = 0; i < REGISTER; i++) {
                register.add(i % 97 == 0
                        ? ModelSamples.institution("Einrichtung " + i, "einrichtung-" + i + ".example", "zweite-" + i + ".example")
                        : ModelSamples.institution("Einrichtung " + i, "einrichtung-" + i + ".example"));
            }
            store.institutions().saveAll(register);
            List<Institution> members = register.subList(0, MEMBERS);

            ScanRun first = ModelSamples.scanRun(register.get(0), 1);
            ScanRun second = ModelSamples.scanRun(register.get(0), 2);
            second.getDomainScans().remove(1); // the second domain keeps the first run's scan as its newest
            for (int i = 1; i < REGISTER; i += 7) { // members in every part of the read, and others
                first.getDomainScans().addAll(ModelSamples.scanRun(register.get(i), 1).getDomainScans());
                if (i % 3 == 0) {
                    second.getDomainScans().addAll(ModelSamples.scanRun(register.get(i), 0).getDomainScans());
                }
            }
            store.scanRuns().save(first);
            store.scanRuns().save(second);

            Map<Long, List<DomainScan>> together = store.scanRuns().latestDomainScans(members);

            int scanned = 0;
            for (Institution member : members) {
                List<DomainScan> alone = byId(store.scanRuns().latestDomainScans(member));
                if (alone.isEmpty()) {
                    assertFalse(member.getName() + " has no scan", together.containsKey(member.getId()));
                    continue;
                }
                scanned++;
                List<DomainScan> read = byId(together.get(member.getId()));
                ModelAssert.assertSameContent(alone, read);
                read.forEach(scan -> assertSame(member, scan.getInstitution()));
            }
            assertEquals("every scanned member is in the answer", scanned, together.size());
            for (Institution other : register.subList(MEMBERS, REGISTER)) {
                assertFalse(other.getName() + " is no member", together.containsKey(other.getId()));
            }

            DomainScan early = together.get(register.get(1).getId()).get(0);
            DomainScan late = together.get(register.get(1 + 7 * 160).getId()).get(0);
            assertSame("one provider object for all members, whichever read found them",
                    early.getMailServers().get(0).getAddresses().get(0).getProvider(),
                    late.getMailServers().get(0).getAddresses().get(0).getProvider());
        }
    }

    private static List<DomainScan> byId(List<DomainScan> scans) {
        return scans.stream().sorted(Comparator.comparingLong(DomainScan::getId)).toList();
    }
}
