package org.auditbench.scan;

import java.util.Objects;

import org.auditbench.model.CheckStatus;

/**
 * What one check saw on one target: a status from the fixed set, a one-line summary for people and the
 * raw evidence behind it (banner, response status line and headers, certificate, timings). The engine
 * bounds the evidence's length.
 */
public record CheckResult(CheckStatus status, String summary, String evidence) {

    public CheckResult {
        Objects.requireNonNull(status, "status");
        summary = summary == null ? "" : summary;
        evidence = evidence == null ? "" : evidence;
    }

    public static CheckResult of(CheckStatus status, String summary) {
        return new CheckResult(status, summary, "");
    }
}
