/**
 * The Exchange checks: the HTTPS probe of each mail server, the verdicts per CVE from the probe
 * and the build, the web endpoints of a domain, and how Microsoft's cloud is recognised and left
 * alone; not API.
 */
package org.auditbench.scan.exchange.internal;
