package org.auditbench.report.letters;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an {@code authority.properties} written by hand before the preference page existed: its one
 * {@code senderLine} ("Name | Street | 12345 City") and one {@code contact} ("Tel.: ... | Fax: ... | E-Mail: ...")
 * become the separate fields, so that nothing an authority wrote is lost: contact lines that are no
 * telephone, fax or e-mail are kept as they are, after those three, which print with the shipped labels
 * ("Tel.:", "Fax:", "E-Mail:").
 */
final class LegacyAuthorityFile {

    private static final Pattern TOWN = Pattern.compile("(\\d{4,5})\\s+(.+)");
    private static final Pattern CONTACT = Pattern.compile("(?i)(tel(?:efon)?|fax|e-?mail)\\.?\\s*:\\s*(.*)");

    private LegacyAuthorityFile() {
    }

    /** Puts the fields read from the old keys of {@code written} into {@code settings}. */
    static void migrate(Properties written, Properties settings) {
        String senderLine = written.getProperty("senderLine");
        if (senderLine != null && !written.containsKey(AuthoritySettings.NAME)) {
            sender(List.of(senderLine.strip().split("\\s*\\|\\s*")), settings);
        }
        String contact = written.getProperty("contact");
        if (contact != null && !written.containsKey(AuthoritySettings.PHONE)) {
            contact(contact.replace("\\n", " | ").split("\\s*(\\||\\n)\\s*"), settings);
        }
    }

    private static void sender(List<String> parts, Properties settings) {
        settings.setProperty(AuthoritySettings.NAME, parts.get(0));
        List<String> street = new ArrayList<>(parts.subList(1, parts.size()));
        Matcher town = street.isEmpty() ? null : TOWN.matcher(street.get(street.size() - 1));
        if (town != null && town.matches()) {
            street.remove(street.size() - 1);
            settings.setProperty(AuthoritySettings.POSTCODE, town.group(1));
            settings.setProperty(AuthoritySettings.CITY, town.group(2));
        } else {
            settings.setProperty(AuthoritySettings.POSTCODE, "");
            settings.setProperty(AuthoritySettings.CITY, "");
        }
        settings.setProperty(AuthoritySettings.STREET, String.join(" | ", street));
    }

    private static void contact(String[] lines, Properties settings) {
        settings.setProperty(AuthoritySettings.PHONE, "");
        settings.setProperty(AuthoritySettings.FAX, "");
        settings.setProperty(AuthoritySettings.EMAIL, "");
        List<String> others = new ArrayList<>();
        for (String line : lines) {
            Matcher matcher = CONTACT.matcher(line);
            if (!matcher.matches()) {
                others.add(line);
                continue;
            }
            String kind = matcher.group(1).toLowerCase();
            String key = kind.startsWith("tel") ? AuthoritySettings.PHONE
                    : kind.equals("fax") ? AuthoritySettings.FAX : AuthoritySettings.EMAIL;
            settings.setProperty(key, matcher.group(2).strip());
        }
        settings.setProperty("contactNote", String.join("\n", others));
    }
}
