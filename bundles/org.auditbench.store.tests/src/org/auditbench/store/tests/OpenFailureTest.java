package org.auditbench.store.tests;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.nio.file.Files;
import java.nio.file.Path;

import org.auditbench.store.AuditStore;
import org.auditbench.store.StoreException;
import org.junit.BeforeClass;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** A store that cannot be opened says which folder and the real cause, not Derby's "see the next exception". */
public class OpenFailureTest {

    @BeforeClass
    public static void embeddedOnly() {
        TestDatabase.assumeEmbedded();
    }

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    @Test
    public void aFileWhereTheDatabaseFolderBelongsIsNamedWithTheCause() throws Exception {
        Path data = folder.getRoot().toPath();
        Files.writeString(data.resolve("db"), "not a database");
        assertFailure(data, "already exists");
    }

    @Test
    public void aJunkDatabaseIsNamedWithTheCause() throws Exception {
        Path data = folder.getRoot().toPath();
        Files.createDirectories(data.resolve("db"));
        Files.writeString(data.resolve("db/service.properties"), "junk=1\n");
        assertFailure(data, "derby.serviceProtocol");
    }

    private static void assertFailure(Path data, String cause) {
        try {
            AuditStore.open(data).close();
            fail("opened " + data);
        } catch (StoreException expected) {
            String message = expected.getMessage();
            assertTrue(message, message.contains(data.resolve("db").toString()));
            assertTrue(message, message.contains(cause));
            assertFalse(message, message.contains("see the next exception"));
        }
    }
}
