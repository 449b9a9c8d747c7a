/**
 * Scans of the mail servers and what changed between two runs. {@link org.auditbench.core.scan.MailServerCheck}
 * checks institutions (or mail domains) with the installed checks and stores the run, for the workbench,
 * the command line and a campaign's follow-up scans alike; the workflow itself reaches the engine only
 * through {@link org.auditbench.core.scan.ScanLauncher}, so its tests can hand it runs of their own;
 * {@link org.auditbench.core.scan.ScanDelta} compares two runs per mail domain.
 */
package org.auditbench.core.scan;
