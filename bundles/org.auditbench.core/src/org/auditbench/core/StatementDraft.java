package org.auditbench.core;

import java.util.List;

import org.auditbench.model.Statement;

/** A statement read from its JSON form, with the evidence files it names. */
public record StatementDraft(Statement statement, List<EvidenceFile> evidence) {
}
