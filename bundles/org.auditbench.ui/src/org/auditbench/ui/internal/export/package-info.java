/** File > Export: the institutions as CSV and a campaign's findings annex as XLSX or PDF, as jobs. */
package org.auditbench.ui.internal.export;
