/**
 * An HTTPS stand-in for Exchange on loopback, for tests and benchmarks: patched, unpatched, old,
 * no Exchange and hostile answers (X-OWA-Version, the OWA login page, the CVE probes' responses).
 */
package org.auditbench.testing.exchange;
