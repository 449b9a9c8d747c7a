package org.auditbench.ui.tests;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.auditbench.model.AuditFactory;
import org.auditbench.model.Institution;
import org.auditbench.testing.ui.UiDriver;
import org.auditbench.ui.internal.institutions.RegisterRead;
import org.auditbench.ui.internal.store.WorkbenchStore;
import org.eclipse.ui.PlatformUI;
import org.junit.After;
import org.junit.Test;

/**
 * The register read begun at start-up, before the Institutions view asks: it holds what the store held,
 * is taken once, and a change to the store before it is taken drops it, so that no view shows a register
 * older than the change.
 */
public class RegisterReadTest {

    private final UiDriver ui = new UiDriver(PlatformUI.getWorkbench().getDisplay());
    private Institution stored;

    @After
    public void forgetTheInstitution() {
        if (stored != null) {
            WorkbenchStore.get().institutions().delete(stored);
            WorkbenchStore.changed();
        }
    }

    @Test
    public void theWorkbenchsViewTookTheReadOfTheStartUp() {
        // the Institutions view is open at start: it took the read, so none is left to linger
        assertTrue(RegisterRead.earlyReadUsed());
    }

    @Test
    public void anEarlyReadIsTakenOnceAndHoldsTheRegister() throws Exception {
        stored = store("Pfarrei Fr\u00fchlese " + System.nanoTime());
        RegisterRead.Early early = RegisterRead.Early.begin();
        CompletableFuture<RegisterRead.Result> read = early.take().orElseThrow();
        assertTrue(read.get(30, TimeUnit.SECONDS).institutions().stream().anyMatch(i -> i.getId() == stored.getId()));
        assertFalse("taken once", early.take().isPresent());
    }

    @Test
    public void aChangeBeforeTheReadIsTakenDropsIt() {
        ui.flush(); // the notifications of earlier changes first
        RegisterRead.Early early = RegisterRead.Early.begin();
        stored = store("Pfarrei Sp\u00e4tlese " + System.nanoTime());
        WorkbenchStore.changed();
        ui.waitUntil("the early read dropped", () -> !early.pending());
        assertFalse(early.take().isPresent());
    }

    private static Institution store(String name) {
        Institution institution = AuditFactory.eINSTANCE.createInstitution();
        institution.setName(name);
        WorkbenchStore.get().institutions().save(institution);
        return institution;
    }
}
