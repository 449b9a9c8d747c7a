/**
 * Exchange from outside: probes, build detection, the shipped build table and the verdicts.
 *
 * <h2>Flow</h2>
 * {@link org.auditbench.scan.exchange.ExchangeProbe} sends the {@link org.auditbench.scan.exchange.ProbeStep
 * requests} to one {@link org.auditbench.scan.exchange.Endpoint} (one connection each, redirects never
 * followed, every answer bounded in time and size) and returns an
 * {@link org.auditbench.scan.exchange.EndpointReport}; {@link org.auditbench.scan.exchange.BuildDetector}
 * reads the build from it; {@link org.auditbench.scan.exchange.ExchangeVerdicts} combines probe and build
 * with the {@link org.auditbench.scan.exchange.BuildTable} into one status per
 * {@link org.auditbench.scan.exchange.ExchangeVulnerability}.
 *
 * <h2>Why the HTTP client is our own</h2>
 * The JDK's HttpClient cannot set the Host header, cannot bound a trickling answer as a whole and hides the
 * raw status line; the probes need all three, and they must run over the engine's
 * {@link org.auditbench.scan.Connection} (scope guard, limits, certificate facts).
 *
 * <h2>Why fixes are dated, not listed</h2>
 * Exchange updates are cumulative, so a build contains a fix when it, or an earlier revision of its
 * cumulative update, came out on or after the day the fix was released. The table is Microsoft's own
 * list; the fixed builds that Microsoft named (notes of the project) are asserted by the tests.
 */
package org.auditbench.scan.exchange;
