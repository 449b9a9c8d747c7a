/**
 * The DNS checks on dnsjava (MX with implicit, null and dangling MX, provider by AS number, SPF,
 * DMARC) and the engine's DNS client; not API.
 */
package org.auditbench.scan.dns.internal;
