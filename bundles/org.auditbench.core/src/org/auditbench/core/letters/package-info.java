/**
 * Letters as a step of the workflow: which cases get a request letter or a reminder, and why the others
 * get none ({@link org.auditbench.core.letters.Phase1Result}: no letter without a usable Phase 1 result),
 * the file name of each letter ({@link org.auditbench.core.letters.LetterFileName}), and
 * {@link org.auditbench.core.letters.LetterDesk}, which has each letter rendered and records it on its case.
 *
 * <p>Rendering is not the workflow's business: the desk hands a {@link org.auditbench.core.letters.LetterOrder}
 * (case, template, Phase 1 result, dates) to a {@link org.auditbench.core.letters.LetterRenderer}, which the
 * report bundle implements with BIRT. The renderer never changes a case.
 */
package org.auditbench.core.letters;
