/**
 * Audit > Check Mail Servers as a job, the check preferences and the Mail Servers view with the
 * latest check of an institution.
 */
package org.auditbench.ui.internal.scans;
