package org.auditbench.report;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What a user asks a report to be run on: the scope with its ids, optionally two scan runs to compare,
 * the day the report speaks of (default today), the language of its labels and free text parameters.
 * The {@link ReportRunner} loads what the ids name.
 */
public final class ReportRequest {

    private final ReportScope scope;
    private final long id;
    private final long institutionId;
    private List<Long> runIds = List.of();
    private LocalDate date;
    private Locale locale = Locale.getDefault();
    private final Map<String, String> texts = new LinkedHashMap<>();

    private ReportRequest(ReportScope scope, long id, long institutionId) {
        this.scope = scope;
        this.id = id;
        this.institutionId = institutionId;
    }

    public static ReportRequest campaign(long campaignId) {
        return new ReportRequest(ReportScope.CAMPAIGN, campaignId, 0);
    }

    /** The case of institution {@code institutionId} in campaign {@code campaignId}. */
    public static ReportRequest auditCase(long campaignId, long institutionId) {
        return new ReportRequest(ReportScope.CASE, campaignId, institutionId);
    }

    public static ReportRequest institution(long institutionId) {
        return new ReportRequest(ReportScope.INSTITUTION, institutionId, 0);
    }

    public static ReportRequest scanRun(long runId) {
        return new ReportRequest(ReportScope.SCAN_RUN, runId, 0);
    }

    /** Two scan runs to compare, the earlier first. */
    public ReportRequest runs(long earlier, long later) {
        this.runIds = List.of(earlier, later);
        return this;
    }

    /** The day the report speaks of ("overdue" is judged on it). */
    public ReportRequest asOf(LocalDate day) {
        this.date = day;
        return this;
    }

    /** The language of the report's labels. */
    public ReportRequest locale(Locale language) {
        this.locale = language;
        return this;
    }

    /** A text parameter of the report. */
    public ReportRequest text(String name, String value) {
        texts.put(name, value);
        return this;
    }

    public ReportScope scope() {
        return scope;
    }

    /** The campaign, institution or scan run id; for a case the campaign's. */
    long id() {
        return id;
    }

    long institutionId() {
        return institutionId;
    }

    List<Long> runIds() {
        return runIds;
    }

    Optional<LocalDate> date() {
        return Optional.ofNullable(date);
    }

    public Locale locale() {
        return locale;
    }

    Optional<String> text(String name) {
        return Optional.ofNullable(texts.get(name));
    }

    /** "campaign 3", "case 3:17", for messages and file names. */
    public String describe() {
        return switch (scope) {
            case CASE -> "case " + id + ":" + institutionId;
            default -> scope.attribute() + " " + id;
        };
    }
}
