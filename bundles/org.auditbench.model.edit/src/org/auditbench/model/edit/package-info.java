/**
 * The item provider factory the workbench uses (AuditbenchItemProviders): the generated providers
 * with labels in the auditor's words, dates in the user's locale and translated enumeration
 * literals.
 */
package org.auditbench.model.edit;
