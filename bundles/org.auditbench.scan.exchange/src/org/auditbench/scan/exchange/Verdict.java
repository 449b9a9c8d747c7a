package org.auditbench.scan.exchange;

import java.util.Objects;

import org.auditbench.model.CheckStatus;

/** The verdict on one vulnerability for one endpoint, with a one-line reason and the raw evidence. */
public record Verdict(CheckStatus status, String summary, String evidence) {

    public Verdict {
        Objects.requireNonNull(status, "status");
    }
}
