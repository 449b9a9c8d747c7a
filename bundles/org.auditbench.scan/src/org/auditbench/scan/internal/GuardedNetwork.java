package org.auditbench.scan.internal;

import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.List;

import org.auditbench.scan.Connection;
import org.auditbench.scan.HostResolver;
import org.auditbench.scan.Network;
import org.auditbench.scan.PortProbe;
import org.auditbench.scan.ScanSettings;
import org.auditbench.scan.ScopeException;

/** The network as one domain's checks see it: its scope, the run's limits and timeouts. */
final class GuardedNetwork implements Network {

    private final ScopeGuard scope;
    private final NetworkLimits limits;
    private final Watchdog watchdog;
    private final HostResolver resolver;
    private final ScanSettings settings;

    GuardedNetwork(ScopeGuard scope, NetworkLimits limits, Watchdog watchdog, HostResolver resolver, ScanSettings settings) {
        this.scope = scope;
        this.limits = limits;
        this.watchdog = watchdog;
        this.resolver = resolver;
        this.settings = settings;
    }

    @Override
    public Duration timeout() {
        return settings.timeout();
    }

    @Override
    public List<InetAddress> resolve(String hostName) throws IOException, InterruptedException {
        scope.requireName(hostName);
        List<InetAddress> addresses;
        // A and AAAA go out together
        try (Permit slots = limits.dnsQueries(2)) {
            addresses = resolver.addresses(hostName);
        }
        scope.addResolved(addresses);
        return addresses;
    }

    @Override
    public Permit dnsQuery() throws InterruptedException {
        return limits.dnsQueries(1);
    }

    @Override
    public Connection connect(InetAddress address, int port) throws IOException, InterruptedException {
        return BoundedConnection.open(address, port, settings, permit(address));
    }

    @Override
    public List<PortProbe> probe(InetAddress address, List<Integer> ports) throws IOException, InterruptedException {
        scope.requireAddress(address);
        return new ConnectScan(address, settings.timeout(), limits, watchdog).run(ports);
    }

    @Override
    public Permit permit(InetAddress address) throws ScopeException, InterruptedException {
        scope.requireAddress(address);
        return limits.acquire(address);
    }
}
