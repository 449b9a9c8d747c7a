package org.auditbench.report.letters;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * The supervisory authority that signs the letters: read from {@code authority.properties} in the data
 * directory (UTF-8), or the neutral defaults shipped with this bundle until an authority writes its own.
 *
 * @param senderLine the one-line return address above the recipient
 * @param contact telephone, fax, e-mail (several lines)
 * @param place the place before the date ("Dortmund, 26. April 2021")
 * @param signature greeting and signature block (several lines)
 */
public record Authority(String senderLine, String contact, String place, String signature) {

    public static final String FILE = "authority.properties";

    public static Authority load(Path dataDirectory) throws IOException {
        Properties properties = new Properties();
        try (InputStream defaults = Authority.class.getResourceAsStream("authority-default.properties")) {
            properties.load(new java.io.InputStreamReader(defaults, StandardCharsets.UTF_8));
        }
        Path own = dataDirectory.resolve(FILE);
        if (Files.exists(own)) {
            try (Reader reader = Files.newBufferedReader(own, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
        }
        return new Authority(properties.getProperty("senderLine"), lines(properties.getProperty("contact")),
                properties.getProperty("place"), lines(properties.getProperty("signature")));
    }

    private static String lines(String value) {
        return value.replace("\\n", "\n").replace(" | ", "\n");
    }
}
