package org.auditbench.report.letters;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The supervisory authority that signs the letters: read from {@code authority.properties} in the data
 * directory (UTF-8), over the neutral defaults shipped with this bundle.
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

    public static Authority load(Path dataDirectory) throws IOException {
        Properties properties = new Properties();
        try (InputStream defaults = Authority.class.getResourceAsStream("authority-default.properties")) {
            properties.load(new InputStreamReader(defaults, StandardCharsets.UTF_8));
        }
        Path own = dataDirectory.resolve(FILE);
        if (Files.exists(own)) {
            try (Reader reader = Files.newBufferedReader(own, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
        }
        Map<String, String> wording = new LinkedHashMap<>();
        WORDING.forEach(key -> wording.put(key, properties.getProperty(key, "").strip()));
        return new Authority(properties.getProperty("senderLine"), lines(properties.getProperty("contact")),
                properties.getProperty("place"), lines(properties.getProperty("signature")),
                properties.getProperty("signer", "").strip(), Map.copyOf(wording));
    }

    private static String lines(String value) {
        return value.replace("\\n", "\n").replace(" | ", "\n");
    }
}
