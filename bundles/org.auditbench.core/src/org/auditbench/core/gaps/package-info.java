/**
 * Checks of a statement for what the authority expects and does not find. Each rule is a small class
 * with a stable id and a German and English message; {@link org.auditbench.core.gaps.GapRules} runs them
 * all. Gaps are computed when a statement is shown, from the statement, the latest scan and the
 * template's vulnerability timeline, so a corrected scan or rule changes them everywhere at once.
 */
package org.auditbench.core.gaps;
