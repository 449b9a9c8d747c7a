/**
 * EMF's generated implementation classes of the audit model; use the interfaces and AuditFactory.
 */
package org.auditbench.model.impl;
