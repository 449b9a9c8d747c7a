/**
 * Follow-up scans of a campaign and what changed between two runs. The workflow reaches the scan engine
 * only through {@link org.auditbench.core.scan.ScanLauncher}, so it does not depend on how the engine
 * works; {@link org.auditbench.core.scan.ScanDelta} compares two runs per mail domain.
 */
package org.auditbench.core.scan;
