package org.auditbench.scan.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.Test;

/**
 * The findings' summaries speak the workbench's language: every text of the engine and the check
 * bundles exists in English and German, with the same placeholders. Read from the bundles' sources in
 * the reactor (not every check bundle is in this test runtime).
 */
public class CheckTextsTest {

    private static final String[] MESSAGES = {
            "org.auditbench.scan/src/org/auditbench/scan/internal",
            "org.auditbench.scan.dns/src/org/auditbench/scan/dns/internal",
            "org.auditbench.scan.dns/src/org/auditbench/scan/dns/internal/transport",
            "org.auditbench.scan.net/src/org/auditbench/scan/net/internal",
            "org.auditbench.scan.exchange/src/org/auditbench/scan/exchange",
            "org.auditbench.scan.exchange/src/org/auditbench/scan/exchange/internal",
            "org.auditbench.scan.nmap/src/org/auditbench/scan/nmap/internal" };

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)\\}");

    @Test
    public void everyTextExistsInEnglishAndGermanWithTheSamePlaceholders() throws IOException {
        Path bundles = Path.of("").toAbsolutePath().getParent();
        for (String folder : MESSAGES) {
            Properties english = load(bundles.resolve(folder).resolve("messages.properties"));
            Properties german = load(bundles.resolve(folder).resolve("messages_de.properties"));
            assertFalse(folder + " has texts", english.isEmpty());
            assertEquals(folder + ": the same keys", new TreeSet<>(english.stringPropertyNames()), new TreeSet<>(german.stringPropertyNames()));
            for (String key : english.stringPropertyNames()) {
                String en = english.getProperty(key);
                String de = german.getProperty(key);
                assertFalse(folder + " " + key + " is empty", en.isBlank() || de.isBlank());
                assertEquals(folder + " " + key + ": placeholders", placeholders(en), placeholders(de));
            }
        }
    }

    private static Properties load(Path file) throws IOException {
        assertTrue(file + " exists", Files.isRegularFile(file));
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
            properties.load(reader);
        }
        return properties;
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
