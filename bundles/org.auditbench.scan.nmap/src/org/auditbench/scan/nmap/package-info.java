/**
 * An installed nmap as a second opinion beside the native checks: {@link org.auditbench.scan.nmap.NmapRunner}
 * runs it ({@code -n -Pn -sT}, XML on standard output, killed on timeout and cancellation),
 * {@link org.auditbench.scan.nmap.NmapXml} reads the XML without loading any DTD or entity, and
 * {@link org.auditbench.scan.nmap.NmapVerdict} maps the vulns library's states to check statuses. nmap is
 * optional: without it the check says UNAVAILABLE and why.
 */
package org.auditbench.scan.nmap;
