/**
 * DNS facts of mail domains with dnsjava: mail servers (MX, implicit and null MX, dangling targets),
 * A/AAAA, providers via an IP-to-ASN zone, SPF and DMARC. {@link org.auditbench.scan.dns.DnsResolverFactory}
 * is the engine's resolver: the system's resolver or explicit servers with port, as the run's settings
 * say. A server failure (SERVFAIL, REFUSED, timeout, a truncated answer that cannot be fetched over TCP)
 * is a failed lookup, never "no record".
 */
package org.auditbench.scan.dns;
