package org.auditbench.ui.internal.scans;

import org.auditbench.scan.ScanSettings;
import org.auditbench.ui.internal.AuditbenchPreferencePage;
import org.eclipse.jface.preference.BooleanFieldEditor;
import org.eclipse.jface.preference.FileFieldEditor;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.jface.preference.StringFieldEditor;

/**
 * Window > Preferences > Auditbench > Checks: resolver, provider zone, ports, timeouts, scope, trusted CAs,
 * DNSSEC anchors, and who the scanner says it is (EHLO name, identity URL).
 */
public final class ScanPreferencePage extends AuditbenchPreferencePage {

    public ScanPreferencePage() {
        super(Messages.Preferences_description);
    }

    @Override
    protected void createFieldEditors() {
        addField(new StringFieldEditor(ScanPreferences.DNS_SERVERS, Messages.Preferences_dnsServers, getFieldEditorParent()) {
            @Override
            protected boolean doCheckState() {
                return valid(() -> ScanPreferences.dnsServers(getStringValue()), this);
            }
        });
        addField(new StringFieldEditor(ScanPreferences.ASN_ZONE, Messages.Preferences_asnZone, getFieldEditorParent()));
        addField(new StringFieldEditor(ScanPreferences.PORTS, Messages.Preferences_ports, getFieldEditorParent()) {
            @Override
            protected boolean doCheckState() {
                return valid(() -> ScanPreferences.ports(getStringValue()), this);
            }
        });
        IntegerFieldEditor timeout = new IntegerFieldEditor(ScanPreferences.TIMEOUT_MILLIS, Messages.Preferences_timeout,
                getFieldEditorParent());
        timeout.setValidRange(100, 120_000);
        addField(timeout);
        IntegerFieldEditor concurrency = new IntegerFieldEditor(ScanPreferences.CONCURRENCY, Messages.Preferences_concurrency,
                getFieldEditorParent());
        concurrency.setValidRange(1, 1024);
        addField(concurrency);
        addField(new BooleanFieldEditor(ScanPreferences.ALLOW_PRIVATE, Messages.Preferences_allowPrivate, getFieldEditorParent()));
        addField(optionalFile(ScanPreferences.CA_FILE, Messages.Preferences_caFile));
        addField(optionalFile(ScanPreferences.TRUST_ANCHORS, Messages.Preferences_trustAnchors));
        addField(new StringFieldEditor(ScanPreferences.NMAP_SCRIPT, Messages.Preferences_nmapScript, getFieldEditorParent()));
        addField(optionalFile(ScanPreferences.NMAP_BINARY, Messages.Preferences_nmapBinary));
        addField(new StringFieldEditor(ScanPreferences.EHLO_NAME, Messages.Preferences_ehloName, getFieldEditorParent()) {
            @Override
            protected boolean doCheckState() {
                return valid(() -> ScanPreferences.withIdentity(ScanSettings.defaults(), getStringValue(), ""), this);
            }
        });
        addField(new StringFieldEditor(ScanPreferences.SCANNER_IDENTITY, Messages.Preferences_scannerIdentity, getFieldEditorParent()) {
            @Override
            protected boolean doCheckState() {
                return valid(() -> ScanPreferences.withIdentity(ScanSettings.defaults(), "", getStringValue()), this);
            }
        });
    }

    /** A file chooser that may stay empty. */
    private FileFieldEditor optionalFile(String preference, String label) {
        FileFieldEditor file = new FileFieldEditor(preference, label, true, getFieldEditorParent());
        file.setEmptyStringAllowed(true);
        return file;
    }

    private static boolean valid(Runnable parse, StringFieldEditor editor) {
        try {
            parse.run();
            return true;
        } catch (IllegalArgumentException e) {
            editor.setErrorMessage(e.getMessage());
            return false;
        }
    }
}
