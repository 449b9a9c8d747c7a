package org.auditbench.core;

import org.auditbench.model.Attachment;

/** An attachment of a statement with its bytes, which the store keeps apart from the model. */
public record EvidenceFile(Attachment attachment, byte[] content) {
}
