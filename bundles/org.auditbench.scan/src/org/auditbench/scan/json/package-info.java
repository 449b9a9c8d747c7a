/**
 * The JSON form of a domain scan, the line format of {@code auditbench scan --json}
 * ({@link org.auditbench.scan.json.DomainScanJson}); written with Jackson's streaming generator.
 */
package org.auditbench.scan.json;
