package org.auditbench.scan.net.internal;

import java.util.List;

/** One SMTP reply: its code and its lines as sent (without CRLF). */
record SmtpReply(int code, List<String> lines) {

    SmtpReply {
        lines = List.copyOf(lines);
    }

    String text() {
        return String.join("\r\n", lines);
    }

    /** The lines' texts after the code and separator ("250-STARTTLS" gives "STARTTLS"). */
    List<String> texts() {
        return lines.stream().map(l -> l.length() > 4 ? l.substring(4).strip() : "").toList();
    }
}
