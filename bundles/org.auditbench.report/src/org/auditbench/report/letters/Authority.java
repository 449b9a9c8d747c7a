package org.auditbench.report.letters;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.auditbench.core.BadInputException;

/**
 * The supervisory authority that signs the letters: read from {@code authority.properties} in the data
 * directory (UTF-8; a file in another encoding is refused with its line), or the neutral defaults shipped
 * with this bundle until an authority writes its own.
 *
 * @param senderLine the one-line return address above the recipient
 * @param contact telephone, fax, e-mail (several lines)
 * @param place the place before the date ("Dortmund, 26. April 2021")
 * @param signature greeting and "Im Auftrag" (several lines)
 * @param signer the name under the signature, or empty
 * @param wording the authority's words the templates name in braces ({@code {privacyLink}} ...)
 */
public record Authority(String senderLine, String contact, String place, String signature, String signer,
        Map<String, String> wording) {

    public static final String FILE = "authority.properties";

    /** The settings the letters' wording may name. */
    static final List<String> WORDING = List.of("atAuthority", "supervisedBy", "privacyLaw", "privacyLink");

    /**
     * @throws BadInputException when {@code authority.properties} is not UTF-8 (the message names the file
     *         and the line)
     */
    public static Authority load(Path dataDirectory) throws IOException, BadInputException {
        Properties properties = new Properties();
        try (InputStream defaults = Authority.class.getResourceAsStream("authority-default.properties")) {
            properties.load(new InputStreamReader(defaults, StandardCharsets.UTF_8));
        }
        Path own = dataDirectory.resolve(FILE);
        if (Files.exists(own)) {
            properties.load(new StringReader(utf8(own, Files.readAllBytes(own))));
        }
        Map<String, String> wording = new LinkedHashMap<>();
        WORDING.forEach(key -> wording.put(key, properties.getProperty(key, "").strip()));
        return new Authority(properties.getProperty("senderLine"), lines(properties.getProperty("contact")),
                properties.getProperty("place"), lines(properties.getProperty("signature")),
                properties.getProperty("signer", "").strip(), Map.copyOf(wording));
    }

    /** The file as text; one in another encoding (Latin-1, as properties files once were) is refused with its line. */
    private static String utf8(Path file, byte[] bytes) throws BadInputException {
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

    private static String lines(String value) {
        return value.replace("\\n", "\n").replace(" | ", "\n");
    }
}
