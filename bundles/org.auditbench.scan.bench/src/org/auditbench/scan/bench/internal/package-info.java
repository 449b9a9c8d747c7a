/**
 * auditbench bench scan: fictional institutions on loopback peers (NSD, Postfix, the project's
 * SMTP servers), the scan of all of them and the port scan timed against nmap -sT. Only in the
 * build's bench product.
 */
package org.auditbench.scan.bench.internal;
