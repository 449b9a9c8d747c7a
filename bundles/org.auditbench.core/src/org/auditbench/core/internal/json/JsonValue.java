package org.auditbench.core.internal.json;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.auditbench.core.BadInputException;

/**
 * A parsed JSON value that knows where it stands in its document ({@code measures[2].date}), so every
 * conversion error can say what and where.
 */
public final class JsonValue {

    private final String source;
    private final String path;
    private final Object value;

    JsonValue(String source, String path, Object value) {
        this.source = source;
        this.path = path;
        this.value = value;
    }

    public String path() {
        return path.isEmpty() ? "(document)" : path;
    }

    public boolean isNull() {
        return value == null;
    }

    /** A required member of this object. */
    public JsonValue get(String name) throws BadInputException {
        JsonValue member = optional(name).orElse(null);
        if (member == null || member.isNull()) {
            throw new BadInputException(source + ": " + child(name) + ": missing");
        }
        return member;
    }

    /** An optional member of this object; empty when absent or null. */
    public Optional<JsonValue> optional(String name) throws BadInputException {
        Map<?, ?> members = as(Map.class, "an object");
        Object member = members.get(name);
        return member == null ? Optional.empty() : Optional.of(new JsonValue(source, child(name), member));
    }

    /** Refuses members other than {@code known}: a misspelt name must not be silently dropped. */
    public void allowOnly(String... known) throws BadInputException {
        List<String> allowed = Arrays.asList(known);
        for (Object name : as(Map.class, "an object").keySet()) {
            if (!allowed.contains(name)) {
                throw new BadInputException(source + ": " + child((String) name) + ": unknown member (known: "
                        + String.join(", ", allowed) + ")");
            }
        }
    }

    /** The member names of this object, in document order. */
    public List<String> names() throws BadInputException {
        List<String> names = new ArrayList<>();
        for (Object name : as(Map.class, "an object").keySet()) {
            names.add((String) name);
        }
        return names;
    }

    public boolean asBoolean() throws BadInputException {
        return as(Boolean.class, "true or false");
    }

    public List<JsonValue> elements() throws BadInputException {
        List<?> list = as(List.class, "an array");
        List<JsonValue> elements = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            elements.add(new JsonValue(source, path + "[" + i + "]", list.get(i)));
        }
        return elements;
    }

    public String asString() throws BadInputException {
        return as(String.class, "a string");
    }

    public List<String> asStrings() throws BadInputException {
        List<String> strings = new ArrayList<>();
        for (JsonValue element : elements()) {
            strings.add(element.asString());
        }
        return strings;
    }

    public int asInt() throws BadInputException {
        BigDecimal number = as(BigDecimal.class, "a number");
        try {
            return number.intValueExact();
        } catch (ArithmeticException e) {
            throw fail("'" + number + "' is not a whole number");
        }
    }

    /** A calendar date written as {@code YYYY-MM-DD}. */
    public LocalDate asDate() throws BadInputException {
        String text = asString();
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw fail("'" + text + "' is not a date (YYYY-MM-DD)");
        }
    }

    /** The constant of {@code type} this string names, case-insensitively. */
    public <E extends Enum<E>> E asEnum(List<E> allowed) throws BadInputException {
        String text = asString();
        for (E constant : allowed) {
            if (constant.name().equalsIgnoreCase(text)) {
                return constant;
            }
        }
        throw fail("'" + text + "' is not one of " + allowed);
    }

    /** An error about this value, located by source and path. */
    public BadInputException fail(String what) {
        return new BadInputException(source + ": " + path() + ": " + what);
    }

    private String child(String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    private <T> T as(Class<T> type, String description) throws BadInputException {
        if (!type.isInstance(value)) {
            throw fail("expected " + description + ", found " + describe(value));
        }
        return type.cast(value);
    }

    private static String describe(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof Map) {
            return "an object";
        }
        if (value instanceof List) {
            return "an array";
        }
        if (value instanceof String s) {
            return "the string '" + s + "'";
        }
        return String.valueOf(value);
    }
}
