package org.auditbench.scan.dns;

import java.io.IOException;
import java.net.InetAddress;
import java.util.List;

import org.auditbench.scan.HostResolver;
import org.auditbench.scan.ResolverFactory;
import org.auditbench.scan.ScanSettings;
import org.auditbench.scan.dns.internal.DnsClient;

/** The engine's resolver, on dnsjava, with the servers and the timeout of the run. */
public final class DnsResolverFactory implements ResolverFactory {

    @Override
    public HostResolver create(ScanSettings settings) {
        DnsClient client = DnsClient.of(settings);
        return new HostResolver() {
            @Override
            public List<InetAddress> addresses(String hostName) throws IOException, InterruptedException {
                return client.addresses(hostName);
            }
        };
    }
}
