/**
 * Network checks of mail servers: TCP port states, the SMTP greeting and EHLO keywords, STARTTLS with
 * its TLS facts, and the kind of mail server. Every conversation goes through the engine's bounded
 * connections, so a silent port, a late banner, endless lines, garbage or a failing handshake end in a
 * clear status of the check concerned and the scan goes on.
 */
package org.auditbench.scan.net;
