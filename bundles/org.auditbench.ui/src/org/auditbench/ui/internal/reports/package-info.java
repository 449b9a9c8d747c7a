/**
 * Reports in the workbench: Audit > Run Report... on the selected campaign, case, institution or scan run
 * ({@link org.auditbench.ui.internal.reports.RunReportHandler}), enabled only where a contributed report runs on
 * the selection's scope ({@link org.auditbench.ui.internal.reports.ReportsOfferedTester}); the dialog offers those
 * reports, the formats each declares, the day it speaks of and the file; a job writes it and the desktop opens it.
 */
package org.auditbench.ui.internal.reports;
