package org.auditbench.core.internal.json;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.auditbench.core.BadInputException;

/**
 * A small, strict JSON parser (RFC 8259) for the few documents the workflow reads: campaign templates
 * and statements. Objects become {@link LinkedHashMap}s, arrays {@link List}s, numbers
 * {@link BigDecimal}s. Syntax errors name the source, line and column. Nesting is bounded, so that a
 * hostile document cannot exhaust the stack.
 */
public final class JsonParser {

    /** The deepest nesting of objects and arrays accepted. */
    public static final int MAX_DEPTH = 64;

    private final String source;
    private final String text;
    private int pos;
    private int depth;

    private JsonParser(String source, String text) {
        this.source = source;
        this.text = text;
    }

    /** Parses {@code text}; {@code source} names it in error messages (usually the file name). */
    public static JsonValue parse(String source, String text) throws BadInputException {
        JsonParser parser = new JsonParser(source, text);
        parser.skipSpace();
        Object value = parser.value();
        parser.skipSpace();
        if (parser.pos < text.length()) {
            throw parser.error("unexpected text after the end of the document");
        }
        return new JsonValue(source, "", value);
    }

    private Object value() throws BadInputException {
        if (pos >= text.length()) {
            throw error("unexpected end of the document");
        }
        char c = text.charAt(pos);
        switch (c) {
        case '{':
            return nested(this::object);
        case '[':
            return nested(this::array);
        case '"':
            return string();
        case 't':
            return literal("true", Boolean.TRUE);
        case 'f':
            return literal("false", Boolean.FALSE);
        case 'n':
            return literal("null", null);
        default:
            if (c == '-' || (c >= '0' && c <= '9')) {
                return number();
            }
            throw error("unexpected character '" + c + "'");
        }
    }

    private interface Part {
        Object read() throws BadInputException;
    }

    private Object nested(Part part) throws BadInputException {
        if (++depth > MAX_DEPTH) {
            throw error("nested deeper than " + MAX_DEPTH + " levels");
        }
        Object value = part.read();
        depth--;
        return value;
    }

    private Map<String, Object> object() throws BadInputException {
        Map<String, Object> members = new LinkedHashMap<>();
        pos++;
        skipSpace();
        if (peek() == '}') {
            pos++;
            return members;
        }
        while (true) {
            skipSpace();
            if (peek() != '"') {
                throw error("expected a member name in double quotes");
            }
            String name = string();
            skipSpace();
            expect(':');
            skipSpace();
            if (members.containsKey(name)) {
                throw error("member '" + name + "' appears twice");
            }
            members.put(name, value());
            skipSpace();
            char c = next();
            if (c == '}') {
                return members;
            }
            if (c != ',') {
                pos--;
                throw error("expected ',' or '}'");
            }
        }
    }

    private List<Object> array() throws BadInputException {
        List<Object> elements = new ArrayList<>();
        pos++;
        skipSpace();
        if (peek() == ']') {
            pos++;
            return elements;
        }
        while (true) {
            skipSpace();
            elements.add(value());
            skipSpace();
            char c = next();
            if (c == ']') {
                return elements;
            }
            if (c != ',') {
                pos--;
                throw error("expected ',' or ']'");
            }
        }
    }

    private String string() throws BadInputException {
        StringBuilder out = new StringBuilder();
        int start = pos++;
        while (true) {
            if (pos >= text.length()) {
                pos = start;
                throw error("unterminated string");
            }
            char c = text.charAt(pos++);
            if (c == '"') {
                return out.toString();
            }
            if (c < 0x20) {
                pos--;
                throw error("control character in a string (write it as an escape such as \\n)");
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char e = next();
            switch (e) {
            case '"', '\\', '/' -> out.append(e);
            case 'b' -> out.append('\b');
            case 'f' -> out.append('\f');
            case 'n' -> out.append('\n');
            case 'r' -> out.append('\r');
            case 't' -> out.append('\t');
            case 'u' -> {
                if (pos + 4 > text.length()) {
                    throw error("incomplete \\u escape");
                }
                try {
                    out.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
                } catch (NumberFormatException ex) {
                    throw error("bad \\u escape");
                }
                pos += 4;
            }
            default -> {
                pos--;
                throw error("unknown escape '\\" + e + "'");
            }
            }
        }
    }

    private BigDecimal number() throws BadInputException {
        int start = pos;
        while (pos < text.length() && "+-0123456789.eE".indexOf(text.charAt(pos)) >= 0) {
            pos++;
        }
        try {
            return new BigDecimal(text.substring(start, pos));
        } catch (NumberFormatException e) {
            pos = start;
            throw error("'" + text.substring(start, Math.max(start + 1, pos)) + "' is not a number");
        }
    }

    private Object literal(String word, Object value) throws BadInputException {
        if (!text.startsWith(word, pos)) {
            throw error("unexpected character '" + text.charAt(pos) + "'");
        }
        pos += word.length();
        return value;
    }

    private void expect(char c) throws BadInputException {
        if (peek() != c) {
            throw error("expected '" + c + "'");
        }
        pos++;
    }

    private char peek() {
        return pos < text.length() ? text.charAt(pos) : '\0';
    }

    private char next() throws BadInputException {
        if (pos >= text.length()) {
            throw error("unexpected end of the document");
        }
        return text.charAt(pos++);
    }

    private void skipSpace() {
        while (pos < text.length() && " \t\r\n".indexOf(text.charAt(pos)) >= 0) {
            pos++;
        }
    }

    private BadInputException error(String what) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < Math.min(pos, text.length()); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new BadInputException(source + ": line " + line + ", column " + column + ": " + what);
    }
}
