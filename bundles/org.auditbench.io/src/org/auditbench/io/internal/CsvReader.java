package org.auditbench.io.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV as spreadsheet programs write it: delimiter ';', ',' or tab (whichever the header line uses
 * most), fields in double quotes with {@code ""} for a quote and line breaks inside, UTF-8 with or
 * without byte order mark, UTF-16 with one (Excel's "Unicode text"), Windows-1252 as a fallback (with a
 * note). Rows carry the line they start on.
 */
public final class CsvReader {

    private static final char[] DELIMITERS = { ';', ',', '\t' };

    private CsvReader() {
    }

    public static List<SourceRow> read(byte[] content, ImportLog log) {
        String text = decode(content, log);
        char delimiter = delimiterOf(text);
        List<SourceRow> rows = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        int line = 1;
        int rowStart = 1;
        int quoteStart = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    cell.append(c);
                }
            } else if (c == '"' && cell.toString().isBlank()) {
                quoted = true;
                quoteStart = line;
                cell.setLength(0);
            } else if (c == delimiter) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                cells.add(cell.toString());
                cell.setLength(0);
                rows.add(new SourceRow(rowStart, cells));
                cells = new ArrayList<>();
                line++;
                rowStart = line;
            } else {
                cell.append(c);
            }
        }
        if (quoted) {
            log.problem(quoteStart, Messages.problemUnclosedQuote);
        }
        if (!cell.isEmpty() || !cells.isEmpty()) {
            cells.add(cell.toString());
            rows.add(new SourceRow(rowStart, cells));
        }
        return rows;
    }

    private static String decode(byte[] content, ImportLog log) {
        // Excel's "Unicode text" is UTF-16 with a byte order mark (and tabs between the fields).
        if (content.length >= 2 && (content[0] & 0xff) == 0xff && (content[1] & 0xff) == 0xfe) {
            return new String(content, 2, content.length - 2, StandardCharsets.UTF_16LE);
        }
        if (content.length >= 2 && (content[0] & 0xff) == 0xfe && (content[1] & 0xff) == 0xff) {
            return new String(content, 2, content.length - 2, StandardCharsets.UTF_16BE);
        }
        int offset = content.length >= 3 && (content[0] & 0xff) == 0xef && (content[1] & 0xff) == 0xbb
                && (content[2] & 0xff) == 0xbf ? 3 : 0;
        ByteBuffer bytes = ByteBuffer.wrap(content, offset, content.length - offset);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes).toString();
        } catch (CharacterCodingException e) {
            log.note(Messages.noteNotUtf8);
            return new String(content, offset, content.length - offset, Charset.forName("windows-1252"));
        }
    }

    /** The delimiter the first line uses most outside quotes; ',' when it has none. */
    private static char delimiterOf(String text) {
        int[] counts = new int[DELIMITERS.length];
        boolean quoted = false;
        for (int i = 0; i < text.length() && (quoted || (text.charAt(i) != '\n' && text.charAt(i) != '\r')); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            }
            for (int d = 0; d < DELIMITERS.length && !quoted; d++) {
                if (c == DELIMITERS[d]) {
                    counts[d]++;
                }
            }
        }
        int best = 1;
        for (int d = 0; d < DELIMITERS.length; d++) {
            if (counts[d] > counts[best]) {
                best = d;
            }
        }
        return DELIMITERS[best];
    }
}
