/**
 * The readers (CSV with encoding detection, XLSX with bounded entries and number formats), the
 * column mapping in English and German and the merge of rows into the register; not API.
 */
package org.auditbench.io.internal;
