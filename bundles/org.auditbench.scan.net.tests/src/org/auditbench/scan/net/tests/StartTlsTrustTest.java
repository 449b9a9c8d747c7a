package org.auditbench.scan.net.tests;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.Assert.assertEquals;

import java.time.Duration;
import java.util.List;

import org.auditbench.model.CheckStatus;
import org.auditbench.model.DomainScan;
import org.auditbench.model.Observation;
import org.auditbench.scan.CertificateTrust;
import org.auditbench.scan.ScanEngine;
import org.auditbench.scan.ScanRequest;
import org.auditbench.scan.ScanSettings;
import org.auditbench.testing.peers.Nsd;
import org.auditbench.testing.peers.Observations;
import org.auditbench.testing.peers.PeerGroup;
import org.auditbench.testing.peers.SmtpBehaviour;
import org.auditbench.testing.peers.SmtpPeer;
import org.auditbench.testing.peers.TestCertificateAuthority;
import org.auditbench.testing.peers.Zone;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.Test;

/**
 * {@code --ca-file} counts for the STARTTLS certificate too: a mail server on 127.0.12.20 whose certificate
 * a CA made in the test signed is untrusted by default and trusted once the scan is given that CA.
 */
public class StartTlsTrustTest {

    private static final String DOMAIN = "vertraut.test";
    private static final String MX = "mx.vertraut.test";
    private static final String IP = "127.0.12.20";

    @Test
    public void theCaFileDecidesWhetherTheStartTlsCertificateIsTrusted() throws Exception {
        try (PeerGroup peers = PeerGroup.inTempFolder("starttls-trust")) {
            TestCertificateAuthority ca = TestCertificateAuthority.create(peers.folder().resolve("ca"), "Landes-CA Test");
            peers.add(SmtpPeer.start(IP, 25, SmtpBehaviour.exim(MX), ca.issue(MX)));
            Nsd nsd = peers.add(Nsd.start(peers.folder().resolve("nsd"), "127.0.12.54",
                    List.of(new Zone(DOMAIN).add("@ MX 10 mx").add("mx A " + IP))));
            ScanSettings settings = ScanSettings.defaults().withDnsServers(List.of(nsd.address())).withAsnZone("asn.invalid")
                    .withAllowPrivate(true).withTimeout(Duration.ofSeconds(2)).withPorts(List.of(25))
                    .withOption(ScanSettings.EHLO_NAME, "pruefung.datenschutz.example");

            DomainScan byDefault = scan(settings);
            Observation untrusted = Observations.one(byDefault, "smtp.starttls", MX + " " + IP);
            assertEquals(CheckStatus.WARNING, untrusted.getStatus());
            assertThat(untrusted.getSummary(), containsString("certificate not issued by a trusted authority"));
            assertThat("the EHLO name is a setting", Observations.one(byDefault, "smtp.session", MX + " " + IP).getEvidence(),
                    containsString("C: EHLO pruefung.datenschutz.example"));

            Observation trusted = Observations.one(scan(settings.withOption(CertificateTrust.CA_FILE, ca.certificate().toString())),
                    "smtp.starttls", MX + " " + IP);
            assertEquals(trusted.getSummary(), CheckStatus.OK, trusted.getStatus());
            assertThat(trusted.getSummary(), containsString("STARTTLS works"));
        }
    }

    private static DomainScan scan(ScanSettings settings) throws Exception {
        return ScanEngine.fromExtensions(settings).run(List.of(ScanRequest.of(DOMAIN)), null, new NullProgressMonitor()).getDomainScans()
                .get(0);
    }
}
