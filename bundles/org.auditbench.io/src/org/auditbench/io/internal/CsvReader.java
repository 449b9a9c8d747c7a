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
 * note) for files without any UTF-8; a UTF-8 file with lines in another encoding is refused with those
 * lines. Rows carry the line they start on. Cells neutralised against CSV injection by the export are
 * read back as they were (see {@link SpreadsheetFormulas}).
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
                cells.add(SpreadsheetFormulas.restored(cell.toString()));
                cell.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                cells.add(SpreadsheetFormulas.restored(cell.toString()));
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
            cells.add(SpreadsheetFormulas.restored(cell.toString()));
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
        boolean bom = content.length >= 3 && (content[0] & 0xff) == 0xef && (content[1] & 0xff) == 0xbb
                && (content[2] & 0xff) == 0xbf;
        int offset = bom ? 3 : 0;
        try {
            return strictUtf8(content, offset, content.length - offset);
        } catch (CharacterCodingException e) {
            return undecodable(content, offset, bom, log);
        }
    }

    /**
     * A file that is not UTF-8 throughout: an old Windows file is read as Windows-1252 (with a note); a
     * UTF-8 file with some bytes in another encoding (lines pasted from elsewhere) is refused with the
     * lines of those bytes, since reading either way would garble part of it.
     */
    private static String undecodable(byte[] content, int offset, boolean bom, ImportLog log) {
        List<Integer> badLines = new ArrayList<>();
        boolean utf8Elsewhere = bom;
        int line = 1;
        for (int start = offset; start < content.length; line++) {
            int end = start;
            boolean ascii = true;
            while (end < content.length && content[end] != '\n') {
                ascii &= content[end] >= 0;
                end++;
            }
            try {
                strictUtf8(content, start, end - start);
                utf8Elsewhere |= !ascii;
            } catch (CharacterCodingException e) {
                badLines.add(line);
            }
            start = end + 1;
        }
        if (!utf8Elsewhere) {
            log.note(Messages.noteNotUtf8);
            return new String(content, offset, content.length - offset, Charset.forName("windows-1252"));
        }
        for (int bad : badLines) {
            log.problem(bad, Messages.problemMixedEncoding);
        }
        return "";
    }

    private static String strictUtf8(byte[] content, int offset, int length) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content, offset, length)).toString();
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
