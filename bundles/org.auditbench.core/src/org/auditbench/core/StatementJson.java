package org.auditbench.core;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
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
 *   ]                                                file: inside the JSON file's folder; mediaType optional
 * }
 * </pre>
 *
 * Texts are at most {@value #MAX_TEXT_CHARACTERS} characters, the file at most 4 MB, nesting at most
 * {@value JsonParser#MAX_DEPTH} levels. Unknown members are refused (a misspelt "monitorng" must not
 * vanish). Every error names the file and the member, e.g. {@code statement.json: measures[2].date: '2021-13-01' is not a date (YYYY-MM-DD)}.
 */
public final class StatementJson {

    private StatementJson() {
    }

    /** The largest statement file read: 4 MB, room for every text at its limit and a long chronology. */
    public static final int MAX_FILE_BYTES = 4 * 1024 * 1024;
    /** The longest text of a statement or measure (summary, monitoring, refusal reasons, description). */
    public static final int MAX_TEXT_CHARACTERS = 65_536;
    /** The longest media type of an attachment. */
    public static final int MAX_MEDIA_TYPE_CHARACTERS = 200;

    /** Reads {@code file}; its attachments are read through {@code attachments} from the file's folder. */
    public static Statement read(Path file, Attachments attachments) throws BadInputException {
        byte[] content;
        try (InputStream in = Files.newInputStream(file)) {
            content = in.readNBytes(MAX_FILE_BYTES + 1);
        } catch (IOException e) {
            throw new BadInputException(file + ": cannot read: " + e.getMessage());
        }
        if (content.length > MAX_FILE_BYTES) {
            throw new BadInputException(file.getFileName() + ": larger than " + MAX_FILE_BYTES / (1024 * 1024) + " MB");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            throw new BadInputException(file.getFileName() + ": not UTF-8 encoded");
        }
        return parse(file.getFileName().toString(), text, file.toAbsolutePath().getParent(), attachments);
    }

    /**
     * Reads {@code json}; {@code source} names it in errors, attachments are found in {@code folder}
     * (and only there) through {@code attachments}.
     */
    public static Statement parse(String source, String json, Path folder, Attachments attachments) throws BadInputException {
        JsonValue root = JsonParser.parse(source, json);
        root.allowOnly("received", "kind", "summary", "monitoring", "refusalReason", "measures", "attachments");
        Statement statement = AuditFactory.eINSTANCE.createStatement();
        statement.setReceivedOn(Dates.of(root.get("received").asDate()));
        statement.setKind(root.get("kind").asEnum(StatementKind.VALUES));
        statement.setSummary(text(root, "summary", MAX_TEXT_CHARACTERS));
        statement.setMonitoring(text(root, "monitoring", MAX_TEXT_CHARACTERS));
        statement.setRefusalReason(text(root, "refusalReason", MAX_TEXT_CHARACTERS));
        for (JsonValue entry : list(root, "measures")) {
            entry.allowOnly("date", "kind", "description");
            Measure measure = AuditFactory.eINSTANCE.createMeasure();
            measure.setDate(Dates.of(entry.get("date").asDate()));
            measure.setKind(entry.get("kind").asEnum(MeasureKind.VALUES));
            measure.setDescription(text(entry, "description", MAX_TEXT_CHARACTERS));
            statement.getMeasures().add(measure);
        }
        for (JsonValue entry : list(root, "attachments")) {
            entry.allowOnly("file", "mediaType");
            statement.getAttachments().add(attachment(entry, folder, attachments));
        }
        return statement;
    }

    /** The attachment with its bytes, which the next save of the statement writes to the store. */
    private static Attachment attachment(JsonValue entry, Path folder, Attachments attachments) throws BadInputException {
        JsonValue fileValue = entry.get("file");
        String name = fileValue.asString();
        String mediaType = text(entry, "mediaType", MAX_MEDIA_TYPE_CHARACTERS);
        try {
            return attachments.readInside(folder, name, mediaType);
        } catch (AttachmentRefusedException e) {
            throw fileValue.fail(e.getMessage());
        } catch (IOException e) {
            throw fileValue.fail("cannot read '" + folder.resolve(name).normalize() + "' (" + e.getClass().getSimpleName() + ")");
        }
    }

    private static String text(JsonValue object, String name, int maxCharacters) throws BadInputException {
        Optional<JsonValue> member = object.optional(name);
        if (member.isEmpty()) {
            return null;
        }
        String text = member.get().asString();
        if (text.length() > maxCharacters) {
            throw member.get().fail(String.format(Locale.ROOT, "%,d characters, at most %,d", text.length(), maxCharacters));
        }
        return text;
    }

    private static List<JsonValue> list(JsonValue object, String name) throws BadInputException {
        Optional<JsonValue> member = object.optional(name);
        return member.isPresent() ? member.get().elements() : List.of();
    }
}
