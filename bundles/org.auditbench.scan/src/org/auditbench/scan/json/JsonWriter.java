package org.auditbench.scan.json;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A small streaming JSON writer for one line of output (RFC 8259): objects, arrays, strings, numbers,
 * booleans and null. Commas are placed by the writer; strings are escaped.
 */
public final class JsonWriter {

    private final StringBuilder out = new StringBuilder();
    /** Per open container: whether the next element needs a comma before it. */
    private final Deque<boolean[]> open = new ArrayDeque<>();
    private boolean afterName;

    public JsonWriter beginObject() {
        element();
        out.append('{');
        open.push(new boolean[1]);
        return this;
    }

    public JsonWriter endObject() {
        open.pop();
        out.append('}');
        return this;
    }

    public JsonWriter beginArray() {
        element();
        out.append('[');
        open.push(new boolean[1]);
        return this;
    }

    public JsonWriter endArray() {
        open.pop();
        out.append(']');
        return this;
    }

    public JsonWriter name(String name) {
        element();
        string(name);
        out.append(':');
        afterName = true;
        return this;
    }

    public JsonWriter value(String value) {
        element();
        if (value == null) {
            out.append("null");
        } else {
            string(value);
        }
        return this;
    }

    public JsonWriter value(long value) {
        element();
        out.append(value);
        return this;
    }

    public JsonWriter value(double value) {
        element();
        out.append(Double.isFinite(value) ? String.valueOf(value) : "null");
        return this;
    }

    public JsonWriter value(boolean value) {
        element();
        out.append(value);
        return this;
    }

    public JsonWriter nullValue() {
        element();
        out.append("null");
        return this;
    }

    private void element() {
        if (afterName) {
            afterName = false;
            return;
        }
        boolean[] state = open.peek();
        if (state != null) {
            if (state[0]) {
                out.append(',');
            }
            state[0] = true;
        }
    }

    private void string(String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x2028 || c == 0x2029) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
