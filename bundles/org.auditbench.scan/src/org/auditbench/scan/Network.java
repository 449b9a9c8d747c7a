package org.auditbench.scan;

import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.List;

/**
 * Network access of a check, bound to the domain under scan. Every address is checked by the scope
 * guard ({@link ScopeException}); every call waits for its share of the global and per-host
 * concurrency and the rate limit of the target network, and is bounded by {@link #timeout()}.
 */
public interface Network {

    /** The time allowed for one network step (connect, one request and its response, a handshake). */
    Duration timeout();

    /**
     * Resolves a name through the configured resolver: A and AAAA. Allowed for the domain, its
     * sub-domains (e.g. {@code autodiscover.DOMAIN}) and its mail hosts; the addresses found join the
     * scope of this domain.
     *
     * @return the addresses, empty when the name has none
     * @throws ScopeException when the name is not derived from the domain
     * @throws IOException when the lookup failed (SERVFAIL, timeout)
     */
    List<InetAddress> resolve(String hostName) throws IOException, InterruptedException;

    /**
     * Opens a TCP connection within the timeout.
     *
     * @throws ScopeException when the address is out of scope
     * @throws java.net.ConnectException when the port is closed (refused)
     * @throws java.net.SocketTimeoutException when nothing answered in time (filtered)
     */
    Connection connect(InetAddress address, int port) throws IOException, InterruptedException;

    /**
     * A TCP connect scan of some ports of one address, like {@code nmap -sT}: the connects start
     * together as far as the limits allow, each has {@link #timeout()} to be answered, and each
     * connection is closed as soon as its state is known. Accepted is open, refused is closed, no
     * answer in time or unreachable is filtered.
     *
     * @return one probe per port, in the order of {@code ports}
     * @throws ScopeException when the address is out of scope
     * @throws IOException when no socket could be made (e.g. no file descriptors left)
     */
    List<PortProbe> probe(InetAddress address, List<Integer> ports) throws IOException, InterruptedException;

    /**
     * Takes the scope check, a concurrency slot and a rate token for tools that open their own
     * connections to {@code address} (an external nmap, an HTTP client); close the permit when done.
     */
    Permit permit(InetAddress address) throws ScopeException, InterruptedException;

    /**
     * Waits for one slot of the run's DNS queries in flight ({@link ScanSettings#dnsQueriesInFlight()}):
     * a check that sends DNS queries itself holds one per query until its answer or timeout. (The
     * resolver behind {@link #resolve(String)} holds its slots itself.)
     */
    Permit dnsQuery() throws InterruptedException;

    /** A held slot; closing it twice is harmless. */
    interface Permit extends AutoCloseable {
        @Override
        void close();
    }
}
