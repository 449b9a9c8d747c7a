package org.auditbench.io;

import java.util.List;

/**
 * What an import did: institutions created and updated (merged into existing ones with the same name
 * and city), and notes such as merged duplicate rows or ignored columns.
 */
public record ImportReport(String source, int created, int updated, List<String> notes) {
}
