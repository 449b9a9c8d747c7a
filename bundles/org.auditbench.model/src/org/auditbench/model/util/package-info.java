/**
 * EMF's generated switch and adapter factory of the audit model.
 */
package org.auditbench.model.util;
