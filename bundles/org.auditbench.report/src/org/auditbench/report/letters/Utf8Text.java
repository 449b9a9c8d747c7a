package org.auditbench.report.letters;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.auditbench.core.BadInputException;

/** A settings file's bytes as text; one in another encoding (Latin-1, as properties files once were) is refused with its line. */
final class Utf8Text {

    private Utf8Text() {
    }

    static String of(Path file, byte[] bytes) throws BadInputException {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(in, out, true);
        if (result.isError()) {
            int line = 1;
            for (int i = 0; i < in.position(); i++) {
                line += bytes[i] == '\n' ? 1 : 0;
            }
            throw new BadInputException(String.format("%s: line %d: byte 0x%02X is not UTF-8; save the file as UTF-8", file, line,
                    bytes[in.position()] & 0xff));
        }
        return out.flip().toString();
    }
}
