/**
 * The scan engine's API: what a check is, what it works on and what it may use.
 *
 * <h2>Checks</h2>
 * A {@link org.auditbench.scan.Check} is contributed to the extension point
 * {@code org.auditbench.scan.checks} with an id, a name, a description, its {@link
 * org.auditbench.scan.TargetKind target kind} ({@code domain}, {@code mailHost} or {@code address}), the
 * {@link org.auditbench.scan.Fact facts} it needs and produces and whether it is on by default. For every
 * mail domain the engine runs the domain checks, then for every mail host the host checks, then for
 * every address of every host the address checks. Within one target the checks run in waves ordered by
 * their facts: a check runs after all producers of the facts it needs; checks of one wave run
 * concurrently. A check whose needed fact is missing (its producer failed or is disabled) is not run; the
 * engine records {@code UNDETERMINED} for it.
 *
 * <h2>Results</h2>
 * A check returns one {@link org.auditbench.scan.CheckResult}: a status of the model's
 * {@link org.auditbench.model.CheckStatus} plus a summary and raw evidence (banner, response status and
 * headers). The engine stamps time and duration and stores it as an {@link org.auditbench.model.Observation}
 * of the {@link org.auditbench.model.DomainScan}, target = {@link org.auditbench.scan.ScanTarget#label()}.
 * Well-known facts ({@link org.auditbench.scan.Facts}) also fill the model: mail servers, MX kind,
 * providers, port states, SMTP banner, STARTTLS and server kind. When in doubt a check says
 * {@code UNDETERMINED}; a wrong {@code NOT_VULNERABLE} is the worst possible bug.
 *
 * <h2>Network</h2>
 * Checks reach the network only through {@link org.auditbench.scan.CheckContext#network()}: it resolves
 * names through the configured resolver, refuses addresses that were not derived from the domain under
 * scan and (unless allowed) loopback, private and reserved ranges, limits concurrency globally and per
 * host, limits the connection rate per target network (/24, /64), and bounds every step by the timeout
 * and every response by a size limit. Tools that open their own connections (an external nmap, an HTTP
 * client) first take a {@link org.auditbench.scan.Network#permit(java.net.InetAddress) permit}. Checks run
 * on virtual threads; blocking I/O is fine, but must honour the timeout and interruption (cancellation).
 */
package org.auditbench.scan;
