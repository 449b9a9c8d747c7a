package org.auditbench.core;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.auditbench.core.internal.json.JsonParser;
import org.auditbench.core.internal.json.JsonValue;
import org.auditbench.model.Attachment;
import org.auditbench.model.AuditFactory;
import org.auditbench.model.Measure;
import org.auditbench.model.MeasureKind;
import org.auditbench.model.Statement;
import org.auditbench.model.StatementKind;

/**
 * Reads a statement in its JSON form (UTF-8):
 *
 * <pre>
 * {
 *   "received": "2021-05-20",                        required, YYYY-MM-DD
 *   "kind": "ANSWER",                                ANSWER | NO_EXCHANGE | MICROSOFT_365_CONFIRMED | REFUSAL | NO_ANSWER
 *   "summary": "free text",                          optional
 *   "monitoring": "how data flows are watched",      optional
 *   "refusalReason": "facts behind a refusal",       optional
 *   "measures": [                                    optional, the chronology
 *     { "date": "2021-03-03", "kind": "PATCH_INSTALLED", "description": "KB5000871" }
 *   ],                                               kind: a MeasureKind name, case-insensitive
 *   "attachments": [                                 optional, evidence stored in the database
 *     { "file": "msert-log.txt", "mediaType": "text/plain" }
 *   ]                                                file: relative to the JSON file; mediaType optional
 * }
 * </pre>
 *
 * Unknown members are refused (a misspelt "monitorng" must not vanish). Every error names the file and
 * the member, e.g. {@code statement.json: measures[2].date: '2021-13-01' is not a date (YYYY-MM-DD)}.
 */
public final class StatementJson {

    private StatementJson() {
    }

    public static Statement read(Path file) throws BadInputException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BadInputException(file + ": cannot read: " + e.getMessage());
        }
        return parse(file.getFileName().toString(), text, file.toAbsolutePath().getParent());
    }

    /** Reads {@code json}; {@code source} names it in errors, attachments are found in {@code folder}. */
    public static Statement parse(String source, String json, Path folder) throws BadInputException {
        JsonValue root = JsonParser.parse(source, json);
        root.allowOnly("received", "kind", "summary", "monitoring", "refusalReason", "measures", "attachments");
        Statement statement = AuditFactory.eINSTANCE.createStatement();
        statement.setReceivedOn(Dates.of(root.get("received").asDate()));
        statement.setKind(root.get("kind").asEnum(StatementKind.VALUES));
        statement.setSummary(text(root, "summary"));
        statement.setMonitoring(text(root, "monitoring"));
        statement.setRefusalReason(text(root, "refusalReason"));
        for (JsonValue entry : list(root, "measures")) {
            entry.allowOnly("date", "kind", "description");
            Measure measure = AuditFactory.eINSTANCE.createMeasure();
            measure.setDate(Dates.of(entry.get("date").asDate()));
            measure.setKind(entry.get("kind").asEnum(MeasureKind.VALUES));
            measure.setDescription(text(entry, "description"));
            statement.getMeasures().add(measure);
        }
        for (JsonValue entry : list(root, "attachments")) {
            entry.allowOnly("file", "mediaType");
            statement.getAttachments().add(attachment(entry, folder));
        }
        return statement;
    }

    /** The attachment with its bytes, which the next save of the statement writes to the store. */
    private static Attachment attachment(JsonValue entry, Path folder) throws BadInputException {
        JsonValue fileValue = entry.get("file");
        Path file = folder.resolve(fileValue.asString()).normalize();
        try {
            return Attachments.read(file, text(entry, "mediaType"));
        } catch (IOException e) {
            throw fileValue.fail("cannot read '" + file + "' (" + e.getClass().getSimpleName() + ")");
        }
    }

    private static String text(JsonValue object, String name) throws BadInputException {
        Optional<JsonValue> member = object.optional(name);
        return member.isPresent() ? member.get().asString() : null;
    }

    private static List<JsonValue> list(JsonValue object, String name) throws BadInputException {
        Optional<JsonValue> member = object.optional(name);
        return member.isPresent() ? member.get().elements() : List.of();
    }
}
