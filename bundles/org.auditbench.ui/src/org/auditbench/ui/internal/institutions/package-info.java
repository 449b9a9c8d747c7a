/**
 * The Institutions view (loaded in a job, filtered and sorted the German way), the institution
 * editor (EMF commands with undo, validation, history), New / Copy / Delete Institution and File >
 * Import Institutions.
 */
package org.auditbench.ui.internal.institutions;
