/**
 * The project's small JFace glue for EMF.Edit (EMF's UI bundles are not on Maven Central): label,
 * content and property source providers speaking through the model's item providers, and editing
 * through EMF commands with undo.
 * <p>
 * One editing domain per open editor, not one for the workbench: every domain uses the workbench's
 * one item provider factory ({@link org.auditbench.ui.internal.emf.ModelAdapters}), but each editor has
 * its own {@link org.eclipse.emf.common.command.BasicCommandStack}. Eclipse undoes in the active
 * editor only, and each editor saves on its own: a shared stack would let Ctrl+Z in one editor take
 * back a change typed in another, and saving one editor could not tell which commands it saved (the
 * dirty state comes from the stack's save point). Editors hold model objects loaded for them alone,
 * so no object is ever changed by two stacks.
 */
package org.auditbench.ui.internal.emf;
