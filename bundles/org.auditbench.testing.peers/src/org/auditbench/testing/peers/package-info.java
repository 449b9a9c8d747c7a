/**
 * Real network peers on loopback for tests and benchmarks: an authoritative NSD with zones of
 * fictional institutions (and a stand-in for Team Cymru's IP-to-ASN zone), a private Postfix, the
 * project's own SMTP servers that talk like Exchange, Microsoft 365, Google or Exim, hostile SMTP peers
 * (silent, late, endless, garbage, broken TLS), a blocked port, tiny DNS responders that fail or
 * truncate, and nmap as the reference for port states. Everything binds to 127.0.0.0/8 or ::1 only.
 */
package org.auditbench.testing.peers;
