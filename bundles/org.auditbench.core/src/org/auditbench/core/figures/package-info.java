/**
 * The figures reports print, computed from the stored campaigns and scans with the workflow's own rules:
 * the Phase 1 finding of an institution, where each case and the whole campaign stand, and where a
 * statement and the latest scan disagree. Reports never judge; they print what this package says.
 */
package org.auditbench.core.figures;
