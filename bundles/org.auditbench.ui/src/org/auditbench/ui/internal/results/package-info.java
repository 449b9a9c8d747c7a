/** The Results perspective: Rescan Campaign as a job and the Delta view of what changed since the previous run. */
package org.auditbench.ui.internal.results;
