package org.auditbench.core.internal.json;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.auditbench.core.BadInputException;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;

/**
 * Strict JSON (RFC 8259) for the few documents the workflow reads, campaign templates and statements,
 * read with Jackson's streaming parser: no comments, no single quotes, no trailing commas, no member
 * twice in an object, nothing after the document. Objects become {@link LinkedHashMap}s, arrays
 * {@link List}s, numbers {@link java.math.BigDecimal}s. Every syntax error names the source, line and
 * column. Nesting is bounded, so that a hostile document cannot exhaust the stack.
 */
public final class JsonParser {

    /** The deepest nesting of objects and arrays accepted. */
    public static final int MAX_DEPTH = 64;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    /**
     * What Jackson adds for developers: a character's code beside the character ("'}' (code 125)") and
     * the setting behind a limit ("(1000, from `StreamReadConstraints.getMaxNumberLength()`)").
     */
    private static final Pattern DEVELOPER_DETAIL = Pattern.compile(" \\(code \\d+\\)|, from `[^`]*`");

    private JsonParser() {
    }

    /** Parses {@code text}; {@code source} names it in error messages (usually the file name). */
    public static JsonValue parse(String source, String text) throws BadInputException {
        try (com.fasterxml.jackson.core.JsonParser parser = FACTORY.createParser(text)) {
            try {
                if (parser.nextToken() == null) {
                    throw error(source, parser.currentLocation(), "unexpected end of the document");
                }
                Object value = value(parser);
                if (parser.nextToken() != null) {
                    throw error(source, parser.currentTokenLocation(), "unexpected text after the end of the document");
                }
                return new JsonValue(source, "", value);
            } catch (StreamConstraintsException e) {
                if (parser.getParsingContext().getNestingDepth() >= MAX_DEPTH && e.getOriginalMessage().contains("nesting depth")) {
                    // the parser stands just after the bracket that opens one level too many
                    JsonLocation after = parser.currentLocation();
                    throw new BadInputException(source + ": line " + after.getLineNr() + ", column " + (after.getColumnNr() - 1)
                            + ": nested deeper than " + MAX_DEPTH + " levels");
                }
                throw error(source, parser.currentLocation(), e.getOriginalMessage());
            } catch (JsonParseException e) {
                throw error(source, e.getLocation() == null ? parser.currentLocation() : e.getLocation(), e.getOriginalMessage());
            }
        } catch (JsonProcessingException e) {
            throw new BadInputException(source + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            // a String cannot fail to be read; Jackson declares it for streams
            throw new BadInputException(source + ": " + e.getMessage());
        }
    }

    /** The value at the parser's current token, up to and including its last token. */
    private static Object value(com.fasterxml.jackson.core.JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        switch (token) {
        case START_OBJECT -> {
            Map<String, Object> members = new LinkedHashMap<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                parser.nextToken();
                members.put(name, value(parser));
            }
            return members;
        }
        case START_ARRAY -> {
            List<Object> elements = new ArrayList<>();
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                elements.add(value(parser));
            }
            return elements;
        }
        case VALUE_STRING -> {
            return parser.getText();
        }
        case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
            return parser.getDecimalValue();
        }
        case VALUE_TRUE -> {
            return Boolean.TRUE;
        }
        case VALUE_FALSE -> {
            return Boolean.FALSE;
        }
        case VALUE_NULL -> {
            return null;
        }
        default -> throw new JsonParseException(parser, "unexpected " + token);
        }
    }

    private static BadInputException error(String source, JsonLocation where, String what) {
        return new BadInputException(source + ": line " + where.getLineNr() + ", column " + where.getColumnNr() + ": "
                + DEVELOPER_DETAIL.matcher(what).replaceAll(""));
    }
}
