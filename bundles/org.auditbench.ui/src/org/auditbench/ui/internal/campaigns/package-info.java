/**
 * The Campaigns view and the case steps of the workflow as handlers and dialogs (letters, letters
 * sent, statement, reminder, assessment, closing), all through core's CaseDesk.
 */
package org.auditbench.ui.internal.campaigns;
