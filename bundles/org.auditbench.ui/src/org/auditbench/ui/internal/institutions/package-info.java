/**
 * The Institutions view (loaded in a job, filtered and sorted the German way), the institution
 * editor and File > Import Institutions.
 */
package org.auditbench.ui.internal.institutions;
