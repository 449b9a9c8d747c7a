/**
 * The audit workflow, shared by the workbench and the command line.
 *
 * <p>Two layers. The model layer works on EMF objects alone and needs no database:
 * {@link org.auditbench.core.CaseWorkflow} with {@link org.auditbench.core.CaseStep} (the one table of
 * allowed transitions of a case), {@link org.auditbench.core.CaseDeadline} (deadline and overdue,
 * computed, never stored), {@link org.auditbench.core.MemberSelection} with
 * {@link org.auditbench.core.SampleDraw} (known cases plus a reproducible random draw),
 * {@link org.auditbench.core.StatementJson}, {@link org.auditbench.core.CampaignTemplates} (templates
 * as data). Every step notes itself in a {@link org.auditbench.core.StepLog}.
 *
 * <p>The desk layer, {@link org.auditbench.core.CampaignDesk} and {@link org.auditbench.core.CaseDesk},
 * runs those steps on campaigns of the store through a {@link org.auditbench.core.WorkflowSession}: load,
 * step, save the campaign with its audit-trail events in one transaction. A refused step or bad input
 * ({@link org.auditbench.core.BadInputException}, {@link org.auditbench.core.StepRefusedException}) stores
 * nothing.
 */
package org.auditbench.core;
