package org.auditbench.scan;

import java.io.IOException;
import java.net.InetAddress;
import java.util.List;

/** Name resolution as configured for a run (system resolver or explicit servers). Thread-safe. */
public interface HostResolver {

    /**
     * A and AAAA records of a name (ASCII).
     *
     * @return the addresses; empty when the name does not exist or has none
     * @throws IOException when the lookup failed (SERVFAIL, timeout, truncated without TCP fallback)
     */
    List<InetAddress> addresses(String hostName) throws IOException, InterruptedException;
}
