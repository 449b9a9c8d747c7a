package org.auditbench.scan.net.internal;

/** Text from a peer made safe to show and store: control bytes as \xNN, cut at a length. */
final class Printable {

    private Printable() {
    }

    static String of(String raw, int max) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < raw.length() && s.length() < max; i++) {
            char c = raw.charAt(i);
            if (c == '\r' || c == '\n' || c >= 0x20 && c < 0x7f || c >= 0xa0 && c <= 0xff) {
                s.append(c);
            } else {
                s.append(String.format("\\x%02x", (int) c & 0xff));
            }
        }
        if (s.length() >= max && raw.length() > max) {
            s.append("...");
        }
        return s.toString();
    }
}
