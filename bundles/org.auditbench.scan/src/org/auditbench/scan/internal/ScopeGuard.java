package org.auditbench.scan.internal;

import java.net.InetAddress;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.auditbench.model.names.MailDomainNames;
import org.auditbench.scan.ScanTarget;
import org.auditbench.scan.ScopeException;
import org.eclipse.osgi.util.NLS;

/**
 * The scope of one domain's scan: the names derived from the domain (itself, names below it, its mail
 * hosts) and the addresses those names resolved to. Loopback and private addresses stay out unless the
 * run allows them; the other special-purpose ranges always ({@link AddressRanges}).
 */
final class ScopeGuard {

    private final String domain;
    private final boolean allowPrivate;
    private final Set<String> mailHosts = ConcurrentHashMap.newKeySet();
    private final Set<InetAddress> addresses = ConcurrentHashMap.newKeySet();

    ScopeGuard(String domain, boolean allowPrivate) {
        this.domain = domain;
        this.allowPrivate = allowPrivate;
    }

    void addMailHost(String host, Collection<InetAddress> hostAddresses) {
        mailHosts.add(host.toLowerCase(Locale.ROOT));
        addresses.addAll(hostAddresses);
    }

    void addResolved(Collection<InetAddress> resolved) {
        addresses.addAll(resolved);
    }

    void requireName(String name) throws ScopeException {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".")) {
            n = n.substring(0, n.length() - 1);
        }
        if (!MailDomainNames.isWithin(n, domain) && !mailHosts.contains(n)) {
            throw new ScopeException(NLS.bind(Messages.Scope_name, name, domain));
        }
    }

    void requireAddress(InetAddress address) throws ScopeException {
        if (!addresses.contains(address)) {
            throw new ScopeException(NLS.bind(Messages.Scope_address, ScanTarget.ipText(address), domain));
        }
        AddressRanges.Range range = AddressRanges.of(address);
        if (range.access() == AddressRanges.Access.NEVER) {
            throw new ScopeException(NLS.bind(Messages.Scope_never, ScanTarget.ipText(address), range.name()));
        }
        if (range.access() == AddressRanges.Access.PRIVATE && !allowPrivate) {
            throw new ScopeException(NLS.bind(Messages.Scope_special, ScanTarget.ipText(address), range.name()));
        }
    }
}
