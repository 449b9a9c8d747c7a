package org.auditbench.io.internal;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The columns of an institution list, with the header names they are known by (English and German,
 * compared without case, spaces, hyphens and accents) and the longest value the store keeps.
 */
public enum Column {

    NAME(300, "Name", "name", "einrichtung", "institution", "bezeichnung", "organisation"),
    KIND(100, "Kind", "kind", "art", "typ", "type", "kategorie", "category"),
    STREET(200, "Street", "street", "strasse", "str", "anschrift", "adresse", "address"),
    POSTCODE(20, "Postcode", "postcode", "plz", "postleitzahl", "zip", "zipcode", "postalcode"),
    CITY(100, "City", "city", "ort", "stadt", "town"),
    MAIL_DOMAINS(0, "Mail domains", "maildomains", "maildomaenen", "maildomain", "maildomaene", "domains", "domaenen",
            "domain", "domaene"),
    CONTACT_PERSON(200, "Contact person", "contactperson", "ansprechpartner", "ansprechpartnerin", "ansprechperson",
            "kontaktperson", "contact"),
    CONTACT_EMAIL(254, "Contact e-mail", "contactemail", "email", "emailadresse", "kontaktemail", "mail"),
    FILE_NUMBER(100, "File number", "filenumber", "aktenzeichen", "az"),
    REPORTED_BREACH(0, "Reported breach", "reportedbreach", "breach", "datenpanne", "datenpannegemeldet", "pannegemeldet");

    private final int maxLength;
    private final String header;
    private final List<String> aliases;

    Column(int maxLength, String header, String... aliases) {
        this.maxLength = maxLength;
        this.header = header;
        this.aliases = List.of(aliases);
    }

    /** The longest value the store keeps (0: checked otherwise). */
    public int maxLength() {
        return maxLength;
    }

    /** The English header the export writes. */
    public String header() {
        return header;
    }

    public static Optional<Column> byHeader(String header) {
        String key = key(header);
        for (Column column : values()) {
            if (column.aliases.contains(key)) {
                return Optional.of(column);
            }
        }
        return Optional.empty();
    }

    /** "Mail-Domänen" and "mail domains" alike: lower case, umlauts spelt out, letters and digits only. */
    static String key(String header) {
        String lower = header.strip().toLowerCase(Locale.ROOT).replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
                .replace("ß", "ss");
        return Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("[^a-z0-9]", "");
    }
}
