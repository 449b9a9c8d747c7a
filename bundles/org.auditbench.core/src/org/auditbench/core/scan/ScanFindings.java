package org.auditbench.core.scan;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

import org.auditbench.model.DomainScan;
import org.auditbench.model.MailServer;
import org.auditbench.model.MailServerKind;
import org.auditbench.model.NetAddress;

/** What a scan found about an institution, as far as the statement phase needs it. */
public final class ScanFindings {

    private ScanFindings() {
    }

    /** How the mail servers in {@code scans} (usually an institution's latest) were classified. */
    public static Set<MailServerKind> serverKinds(Collection<DomainScan> scans) {
        Set<MailServerKind> kinds = EnumSet.noneOf(MailServerKind.class);
        for (DomainScan scan : scans) {
            for (MailServer server : scan.getMailServers()) {
                for (NetAddress address : server.getAddresses()) {
                    if (address.getServerKind() != null) {
                        kinds.add(address.getServerKind());
                    }
                }
            }
        }
        return kinds;
    }
}
