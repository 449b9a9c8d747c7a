/**
 * Reports: the extension point {@code org.auditbench.report.reports} ({@link org.auditbench.report.ReportCatalog}),
 * the runner that resolves a request's scope and parameters from the store ({@link org.auditbench.report.ReportRunner})
 * and the one BIRT engine that renders PDF, DOCX, XLSX and HTML ({@link org.auditbench.report.ReportRenderer}).
 * <p>
 * <b>How data reaches BIRT.</b> A report's {@link org.auditbench.report.ReportData} reads the store through the
 * workflow session and hands plain objects (lists of maps of strings, integers and dates) to the design in the
 * BIRT application context; the designs iterate them in scripted data sets. We chose this over BIRT's JDBC
 * data sources on the application's connection ({@code OdaJDBCDriverPassInConnection}) because:
 * <ul>
 * <li>the figures are not in the tables: a Phase 1 finding, "overdue", the gaps of a statement and "claimed vs
 * measured" are computed by {@code org.auditbench.core} from the model and today's date; SQL in a design would
 * have to repeat (and drift from) those rules, and reports must never judge;</li>
 * <li>the store hides its database: one connection handling per dialect (Derby now, PostgreSQL later), an
 * encrypted database's boot password, one writer per process; a design with SQL would bind itself to the
 * schema and to Derby, and a design that opened the database itself would boot it a second time (XSDB6);</li>
 * <li>the same objects serve every emitter, so XLSX gets typed cells (numbers, dates) and letters, the
 * overview and third-party reports share one way of being filled and tested.</li>
 * </ul>
 * The application context also carries the labels of the report's language under {@code labels}.
 */
package org.auditbench.report;
