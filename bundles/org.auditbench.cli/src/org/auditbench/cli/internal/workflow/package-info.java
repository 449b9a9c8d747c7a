/**
 * The audit workflow's commands (campaign, letters, letters-sent, reminder-sent, statement, due,
 * assess) on core's CampaignDesk and CaseDesk, and the workflow benchmark.
 */
package org.auditbench.cli.internal.workflow;
