package org.auditbench.core.letters;

import org.auditbench.core.LocalizedText;
import org.auditbench.model.AuditCase;

/** A case that waits for a letter but got none, and why (in the auditor's words, German and English). */
public record SkippedCase(AuditCase auditCase, LocalizedText reason) {
}
