package org.auditbench.core.letters;

import java.nio.file.Path;

import org.auditbench.model.AuditCase;

/** A letter written and recorded on its case; {@code rewritten} when it replaced an unsent one. */
public record WrittenLetter(AuditCase auditCase, Path file, boolean rewritten) {
}
