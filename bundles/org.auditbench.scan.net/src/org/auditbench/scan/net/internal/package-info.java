/**
 * The network checks: TCP port states (connect scan), the SMTP session with banner, EHLO and
 * STARTTLS, and the classification of a mail server; not API.
 */
package org.auditbench.scan.net.internal;
