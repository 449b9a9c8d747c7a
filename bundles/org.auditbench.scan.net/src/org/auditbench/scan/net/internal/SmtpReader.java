package org.auditbench.scan.net.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.ProtocolException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads SMTP replies (RFC 5321 4.2): lines "ddd-text" continued until "ddd text". Lines longer than
 * {@link #MAX_LINE} and replies longer than {@link #MAX_LINES} lines are a protocol error, so a peer
 * that never ends a line or a reply cannot hold the scan.
 */
final class SmtpReader {

    static final int MAX_LINE = 2048;
    static final int MAX_LINES = 200;

    private final InputStream in;

    SmtpReader(InputStream in) {
        this.in = in;
    }

    SmtpReply read() throws IOException {
        List<String> lines = new ArrayList<>();
        while (true) {
            String line = readLine();
            if (line == null) {
                if (lines.isEmpty()) {
                    throw new java.io.EOFException("the peer closed the connection without a reply");
                }
                throw new ProtocolException("the reply ended in the middle: " + Printable.of(String.join(" | ", lines), 200));
            }
            if (line.length() < 3 || !Character.isDigit(line.charAt(0)) || !Character.isDigit(line.charAt(1))
                    || !Character.isDigit(line.charAt(2)) || line.length() > 3 && line.charAt(3) != ' ' && line.charAt(3) != '-') {
                throw new NotSmtpException(line);
            }
            lines.add(line);
            if (line.length() == 3 || line.charAt(3) == ' ') {
                return new SmtpReply(Integer.parseInt(line.substring(0, 3)), lines);
            }
            if (lines.size() >= MAX_LINES) {
                throw new ProtocolException("the reply has more than " + MAX_LINES + " lines");
            }
        }
    }

    /** One line without CRLF (bytes as ISO-8859-1), or {@code null} at the end of the stream. */
    private String readLine() throws IOException {
        StringBuilder line = new StringBuilder();
        int b;
        while ((b = in.read()) >= 0) {
            if (b == '\n') {
                int end = line.length();
                if (end > 0 && line.charAt(end - 1) == '\r') {
                    line.setLength(end - 1);
                }
                return line.toString();
            }
            if (line.length() >= MAX_LINE) {
                throw new ProtocolException("a reply line is longer than " + MAX_LINE + " bytes: " + Printable.of(line.toString(), 80));
            }
            line.append((char) b);
        }
        return line.isEmpty() ? null : line.toString();
    }

    /** The peer sent something that is not an SMTP reply. */
    static final class NotSmtpException extends ProtocolException {
        private static final long serialVersionUID = 1L;
        final String line;

        NotSmtpException(String line) {
            super("not an SMTP reply: " + Printable.of(line, 120));
            this.line = line;
        }
    }
}
