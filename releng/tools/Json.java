import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Just enough JSON (objects, arrays, strings, numbers, literals) for the sources of
 * {@code ExchangeBuildTable}: the tool runs from source without a class path, so it cannot use the
 * product's JSON library (launched as {@code java releng/tools/ExchangeBuildTable.java}, JDK 22 or newer
 * compiles this file with it, JEP 458).
 */
final class Json {
    private final String s;
    private int i;

    Json(String s) {
        this.s = s;
    }

    Object value() {
        skip();
        char c = s.charAt(i);
        return switch (c) {
            case '{' -> object();
            case '[' -> array();
            case '"' -> string();
            default -> literal();
        };
    }

    private Map<String, Object> object() {
        Map<String, Object> m = new LinkedHashMap<>();
        i++;
        skip();
        if (s.charAt(i) == '}') {
            i++;
            return m;
        }
        while (true) {
            skip();
            String k = string();
            skip();
            expect(':');
            Object v = value();
            if (m.put(k, v) != null) {
                throw error("duplicate key " + k);
            }
            skip();
            if (s.charAt(i++) == '}') {
                return m;
            }
            if (s.charAt(i - 1) != ',') {
                throw error("expected , or }");
            }
        }
    }

    private List<Object> array() {
        List<Object> l = new ArrayList<>();
        i++;
        skip();
        if (s.charAt(i) == ']') {
            i++;
            return l;
        }
        while (true) {
            l.add(value());
            skip();
            if (s.charAt(i++) == ']') {
                return l;
            }
            if (s.charAt(i - 1) != ',') {
                throw error("expected , or ]");
            }
        }
    }

    private String string() {
        expect('"');
        StringBuilder b = new StringBuilder();
        while (true) {
            char c = s.charAt(i++);
            if (c == '"') {
                return b.toString();
            }
            if (c == '\\') {
                char e = s.charAt(i++);
                switch (e) {
                    case 'n' -> b.append('\n');
                    case 't' -> b.append('\t');
                    case 'r' -> b.append('\r');
                    case 'b' -> b.append('\b');
                    case 'f' -> b.append('\f');
                    case 'u' -> {
                        b.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                        i += 4;
                    }
                    default -> b.append(e);
                }
            } else {
                b.append(c);
            }
        }
    }

    private Object literal() {
        int start = i;
        while (i < s.length() && ",}] \n\r\t".indexOf(s.charAt(i)) < 0) {
            i++;
        }
        String t = s.substring(start, i);
        return switch (t) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            case "null" -> null;
            default -> Double.valueOf(t);
        };
    }

    private void expect(char c) {
        if (s.charAt(i++) != c) {
            throw error("expected " + c);
        }
    }

    private void skip() {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
    }

    private IllegalArgumentException error(String what) {
        return new IllegalArgumentException("JSON at offset " + i + ": " + what);
    }
}
