package org.auditbench.scan.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;

/**
 * One line of JSON written by Jackson's streaming generator, in the call style of the scan's writers
 * (names and values chained). Jackson places the commas and escapes the strings; the line and paragraph
 * separators (U+2028, U+2029) are escaped too, so that a line of {@code scan --json} stays one line for
 * every reader.
 */
public final class JsonWriter {

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private final StringWriter out = new StringWriter();
    private final JsonGenerator json;

    public JsonWriter() {
        try {
            json = FACTORY.createGenerator(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        json.setCharacterEscapes(LineSeparators.ESCAPES);
    }

    public JsonWriter beginObject() {
        return write(JsonGenerator::writeStartObject);
    }

    public JsonWriter endObject() {
        return write(JsonGenerator::writeEndObject);
    }

    public JsonWriter beginArray() {
        return write(JsonGenerator::writeStartArray);
    }

    public JsonWriter endArray() {
        return write(JsonGenerator::writeEndArray);
    }

    public JsonWriter name(String name) {
        return write(g -> g.writeFieldName(name));
    }

    public JsonWriter value(String value) {
        return write(g -> g.writeString(value));
    }

    public JsonWriter value(long value) {
        return write(g -> g.writeNumber(value));
    }

    /** A number; one that is not finite (NaN, infinity) has no JSON form and is written as null. */
    public JsonWriter value(double value) {
        return write(g -> {
            if (Double.isFinite(value)) {
                g.writeNumber(value);
            } else {
                g.writeNull();
            }
        });
    }

    public JsonWriter value(boolean value) {
        return write(g -> g.writeBoolean(value));
    }

    public JsonWriter nullValue() {
        return write(JsonGenerator::writeNull);
    }

    /** The line written so far. */
    @Override
    public String toString() {
        try {
            json.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private interface Step {
        void on(JsonGenerator generator) throws IOException;
    }

    private JsonWriter write(Step step) {
        try {
            step.on(json);
        } catch (IOException e) {
            // only a broken call sequence gets here: a StringWriter does not fail
            throw new IllegalStateException(e.getMessage(), e);
        }
        return this;
    }

    /** Jackson's standard escapes plus U+2028 and U+2029. */
    private static final class LineSeparators extends CharacterEscapes {

        private static final long serialVersionUID = 1L;
        static final LineSeparators ESCAPES = new LineSeparators();

        private final int[] ascii = standardAsciiEscapesForJSON();

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return ch == 0x2028 || ch == 0x2029 ? new SerializedString(String.format("\\u%04x", ch)) : null;
        }
    }
}
