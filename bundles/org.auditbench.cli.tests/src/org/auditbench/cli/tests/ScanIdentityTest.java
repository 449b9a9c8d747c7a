package org.auditbench.cli.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.file.Path;

import org.auditbench.cli.ExitCode;
import org.auditbench.store.AuditStore;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * {@code scan --ehlo-name HOST --scanner-identity URL}: who the scanner says it is. Bad values are refused
 * with the option named; good ones are recorded with the run's settings.
 */
public class ScanIdentityTest {

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    @Test
    public void theEhloNameAndTheIdentityAreCheckedAndRecordedWithTheRun() throws Exception {
        Path data = folder.newFolder("data").toPath();
        CliRun badName = CliRun.of(data, "scan", "--domain", "nowhere.test", "--ehlo-name", "kein name");
        assertEquals(ExitCode.BAD_INPUT, badName.code());
        assertTrue(badName.err(), badName.err().contains("--ehlo-name: 'kein name' is not a valid domain name"));
        CliRun badUrl = CliRun.of(data, "scan", "--domain", "nowhere.test", "--scanner-identity", "datenschutz.example");
        assertEquals(ExitCode.BAD_INPUT, badUrl.code());
        assertTrue(badUrl.err(), badUrl.err().contains("--scanner-identity: 'datenschutz.example' is not an http(s) URL"));

        CliRun.of(data, "scan", "--domain", "nowhere.test", "--dns", "127.0.0.1:9", "--allow-private", "--ports", "25",
                "--timeout", "300", "--ehlo-name", "pruefung.datenschutz.example", "--scanner-identity",
                "https://datenschutz.example/pruefung");
        String settings;
        try (AuditStore store = AuditStore.open(data)) {
            settings = store.scanRuns().list().get(0).getSettings();
        }
        assertTrue(settings, settings.contains("\"smtp.ehloName\":\"pruefung.datenschutz.example\""));
        assertTrue(settings, settings.contains("\"scanner.identity\":\"https://datenschutz.example/pruefung\""));
    }
}
