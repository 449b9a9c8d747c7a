/**
 * The campaign editor: a multi-page form editor (Overview, Members, Phase 1 results, Letters,
 * Statements and assessments) on one campaign, read in a job; the title is edited through EMF commands
 * with undo. Other bundles open it with {@link org.auditbench.ui.internal.editors.CampaignEditor#open}
 * or a {@link org.auditbench.ui.internal.editors.CampaignEditorInput}.
 */
package org.auditbench.ui.internal.editors;
