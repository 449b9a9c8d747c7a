package org.auditbench.ui.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.auditbench.scan.CertificateTrust;
import org.auditbench.scan.ScanSettings;
import org.auditbench.ui.internal.AuditbenchUiPlugin;
import org.auditbench.ui.internal.scans.ScanPreferences;
import org.eclipse.jface.preference.IPreferenceStore;
import org.junit.After;
import org.junit.Test;

/**
 * Window > Preferences > Auditbench > Checks: the trusted CA file and the DNSSEC trust anchors reach the
 * scan settings (as --ca-file and --trust-anchor do on the command line), empty leaves them out, and a file
 * that cannot be read is refused naming the preference. Every scan of the workbench is judged on today.
 * The EHLO name and the scanner identity reach the settings as --ehlo-name and --scanner-identity do.
 */
public class ScanPreferencesTest {

    private final IPreferenceStore store = AuditbenchUiPlugin.getDefault().getPreferenceStore();

    @After
    public void restoreDefaults() {
        for (String key : List.of(ScanPreferences.CA_FILE, ScanPreferences.TRUST_ANCHORS, ScanPreferences.NMAP_SCRIPT,
                ScanPreferences.NMAP_BINARY, ScanPreferences.EHLO_NAME, ScanPreferences.SCANNER_IDENTITY)) {
            store.setToDefault(key);
        }
    }

    @Test
    public void caFileAndTrustAnchorsBecomeScanOptions() throws Exception {
        ScanSettings plain = ScanPreferences.current();
        assertFalse(plain.options().containsKey(CertificateTrust.CA_FILE));
        assertFalse(plain.options().containsKey(ScanSettings.TRUST_ANCHORS));
        assertEquals(LocalDate.now(), plain.judgedOn());

        Path ca = Files.createTempFile("ca", ".pem");
        Path anchors = Files.createTempFile("anchors", ".txt");
        store.setValue(ScanPreferences.CA_FILE, ca.toString());
        store.setValue(ScanPreferences.TRUST_ANCHORS, anchors.toString());
        ScanSettings set = ScanPreferences.current();
        assertEquals(ca.toAbsolutePath().toString(), set.options().get(CertificateTrust.CA_FILE));
        assertEquals(anchors.toAbsolutePath().toString(), set.options().get(ScanSettings.TRUST_ANCHORS));

        store.setValue(ScanPreferences.TRUST_ANCHORS, "/nonexistent/anchors.txt");
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, ScanPreferences::current);
        assertTrue(refused.getMessage(), refused.getMessage().contains("/nonexistent/anchors.txt"));
        Files.delete(ca);
        Files.delete(anchors);
    }

    @Test
    public void anNmapScriptSwitchesTheNmapCheckOn() {
        ScanSettings plain = ScanPreferences.current();
        assertFalse(plain.enabledChecks().contains("nmap.script"));
        store.setValue(ScanPreferences.NMAP_SCRIPT, "ssl-cert");
        ScanSettings onPath = ScanPreferences.current();
        assertTrue(onPath.enabledChecks().contains("nmap.script"));
        assertEquals("ssl-cert", onPath.options().get("nmap.script"));
        assertFalse("nmap from the PATH", onPath.options().containsKey("nmap.binary"));
        store.setValue(ScanPreferences.NMAP_BINARY, "/opt/nmap/bin/nmap");
        assertEquals("/opt/nmap/bin/nmap", ScanPreferences.current().options().get("nmap.binary"));
    }

    @Test
    public void theEhloNameAndTheScannerIdentityBecomeScanOptionsAndBadOnesAreRefused() {
        assertFalse(ScanPreferences.current().options().containsKey(ScanSettings.EHLO_NAME));
        store.setValue(ScanPreferences.EHLO_NAME, "pruefung.datenschutz.example");
        store.setValue(ScanPreferences.SCANNER_IDENTITY, "https://datenschutz.example/pruefung");
        ScanSettings set = ScanPreferences.current();
        assertEquals("pruefung.datenschutz.example", set.options().get(ScanSettings.EHLO_NAME));
        assertEquals("Auditbench (outside check of a supervisory authority; +https://datenschutz.example/pruefung)", set.userAgent());

        store.setValue(ScanPreferences.SCANNER_IDENTITY, "datenschutz.example");
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, ScanPreferences::current);
        assertTrue(refused.getMessage(), refused.getMessage().contains("'datenschutz.example' is not an http(s) URL"));
    }
}
