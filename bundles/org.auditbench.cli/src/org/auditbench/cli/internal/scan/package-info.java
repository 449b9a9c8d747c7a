/**
 * auditbench scan: the options of a scan, its progress on the console and the JSON lines.
 */
package org.auditbench.cli.internal.scan;
