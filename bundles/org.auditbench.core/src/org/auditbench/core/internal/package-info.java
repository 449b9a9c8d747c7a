/**
 * Core's own helpers, not API: the bilingual texts of refusals and gaps.
 */
package org.auditbench.core.internal;
