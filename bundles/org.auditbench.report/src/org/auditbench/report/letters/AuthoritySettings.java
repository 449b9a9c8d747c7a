package org.auditbench.report.letters;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.auditbench.core.BadInputException;

/**
 * The authority's settings as the auditor edits them: the file {@code authority.properties} in the data
 * directory is their one home, so the command line reads what the workbench's preference page wrote,
 * without the workbench. Keys the file leaves out take the shipped defaults. A file written by hand in the
 * older form (one {@code senderLine} and one {@code contact}) is read into the separate fields; the next
 * save writes it in the new form.
 */
public final class AuthoritySettings {

    public static final String NAME = "name";
    public static final String STREET = "street";
    public static final String POSTCODE = "postcode";
    public static final String CITY = "city";
    public static final String PHONE = "phone";
    public static final String FAX = "fax";
    public static final String EMAIL = "email";
    public static final String SIGNER = "signer";
    public static final String LOGO = "logo";
    public static final String LEGAL_REFERENCES = "privacyLaw";
    public static final String PRIVACY_LINK = "privacyLink";
    public static final String DEADLINE_DAYS = "deadlineDays";

    /** Every key in the order the file lists them. */
    private static final List<String> KEYS = List.of(NAME, STREET, POSTCODE, CITY, PHONE, FAX, EMAIL, "contactNote", "place",
            "signature", SIGNER, LOGO, DEADLINE_DAYS, "atAuthority", "supervisedBy", LEGAL_REFERENCES, PRIVACY_LINK);

    private final Path file;
    private final Map<String, String> values;

    private AuthoritySettings(Path file, Map<String, String> values) {
        this.file = file;
        this.values = values;
    }

    /**
     * @throws BadInputException when the file is not UTF-8 (naming the file and the line) or its default
     *         deadline is no number of days
     */
    public static AuthoritySettings read(Path dataDirectory) throws IOException, BadInputException {
        Properties properties = defaults();
        Path own = dataDirectory.resolve(Authority.FILE);
        if (Files.exists(own)) {
            Properties written = new Properties();
            written.load(new StringReader(Utf8Text.of(own, Files.readAllBytes(own))));
            written.forEach(properties::put);
            LegacyAuthorityFile.migrate(written, properties);
        }
        AuthoritySettings settings = of(own, properties);
        settings.deadlineDays();
        return settings;
    }

    /** The neutral settings shipped with this bundle, to be saved into the data directory's file. */
    public static AuthoritySettings shipped(Path dataDirectory) throws IOException {
        return of(dataDirectory.resolve(Authority.FILE), defaults());
    }

    private static Properties defaults() throws IOException {
        Properties properties = new Properties();
        try (InputStream defaults = AuthoritySettings.class.getResourceAsStream("authority-default.properties")) {
            properties.load(new InputStreamReader(defaults, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static AuthoritySettings of(Path file, Properties properties) {
        Map<String, String> values = new LinkedHashMap<>();
        KEYS.forEach(key -> values.put(key, properties.getProperty(key, "").strip()));
        return new AuthoritySettings(file, values);
    }

    public String get(String key) {
        return values.getOrDefault(key, "");
    }

    public void set(String key, String value) {
        if (!KEYS.contains(key)) {
            throw new IllegalArgumentException("no authority setting " + key);
        }
        values.put(key, value == null ? "" : value.strip());
    }

    /** The days to answer set by the authority, or {@code null}: the campaign template decides. */
    public Integer deadlineDays() throws BadInputException {
        String days = get(DEADLINE_DAYS);
        if (days.isEmpty()) {
            return null;
        }
        try {
            int parsed = Integer.parseInt(days);
            if (parsed >= 1 && parsed <= 365) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // refused below with the file named
        }
        throw new BadInputException(String.format("%s: %s = %s: the default deadline is a number of days from 1 to 365", file,
                DEADLINE_DAYS, days));
    }

    /** Writes the file (UTF-8, the user's alone); a failed write leaves the old file as it was. */
    public void save() throws IOException {
        StringBuilder text = new StringBuilder("# The authority that signs the letters (Window > Preferences > Auditbench > Authority).\n");
        values.forEach((key, value) -> text.append(key).append(" = ").append(escape(value)).append('\n'));
        Path temporary = Files.createTempFile(file.getParent(), Authority.FILE, ".new",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        try {
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** What the letters print. */
    public Authority authority() throws BadInputException {
        String street = get(STREET);
        String town = (get(POSTCODE) + " " + get(CITY)).strip();
        String senderLine = String.join(" | ", nonEmpty(get(NAME), street, town));
        String contact = String.join("\n", nonEmpty(prefixed("Tel.: ", get(PHONE)), prefixed("Fax: ", get(FAX)),
                prefixed("E-Mail: ", get(EMAIL)), get("contactNote")));
        String place = get("place").isEmpty() ? get(CITY) : get("place");
        Map<String, String> wording = new LinkedHashMap<>();
        Authority.WORDING.forEach(key -> wording.put(key, get(key)));
        return new Authority(senderLine, contact, place, get("signature").replace(" | ", "\n"), get(SIGNER),
                Map.copyOf(wording), deadlineDays(), logo());
    }

    /** The letterhead image, or {@code null}; one that cannot be read is refused rather than left out unseen. */
    private Path logo() throws BadInputException {
        if (get(LOGO).isEmpty()) {
            return null;
        }
        Path logo = Path.of(get(LOGO));
        if (!Files.isReadable(logo)) {
            throw new BadInputException(String.format("%s: %s = %s: the letterhead image cannot be read", file, LOGO, logo));
        }
        return logo.toAbsolutePath();
    }

    private static String prefixed(String prefix, String value) {
        return value.isEmpty() ? "" : prefix + value;
    }

    private static List<String> nonEmpty(String... parts) {
        return List.of(parts).stream().filter(part -> !part.isEmpty()).toList();
    }

    /** A value as a properties file reads it back: backslashes and line breaks escaped. */
    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r");
    }
}
