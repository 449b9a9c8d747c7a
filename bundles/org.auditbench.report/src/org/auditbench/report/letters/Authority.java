package org.auditbench.report.letters;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.auditbench.core.BadInputException;

/**
 * The supervisory authority that signs the letters, as the letters print it: made from the
 * {@link AuthoritySettings} in {@code authority.properties} of the data directory, or the neutral defaults
 * shipped with this bundle until an authority sets its own.
 *
 * @param senderLine the one-line return address above the recipient
 * @param contact telephone, fax, e-mail (several lines)
 * @param place the place before the date ("Dortmund, 26. April 2021")
 * @param signature greeting and "Im Auftrag" (several lines)
 * @param signer the name under the signature, or empty
 * @param wording the authority's words the templates name in braces ({@code {privacyLink}} ...)
 * @param daysToAnswer the authority's default time to answer a request in days, or {@code null}: the
 *        campaign template's
 * @param logo the letterhead image, or {@code null} for none (kept for the letter design; it does not print it yet)
 */
public record Authority(String senderLine, String contact, String place, String signature, String signer,
        Map<String, String> wording, Integer daysToAnswer, Path logo) {

    public static final String FILE = "authority.properties";

    /** The settings the letters' wording may name. */
    static final List<String> WORDING = List.of("atAuthority", "supervisedBy", "privacyLaw", "privacyLink");

    /**
     * @throws BadInputException when {@code authority.properties} is not UTF-8 (the message names the file
     *         and the line) or its default deadline is no number of days
     */
    public static Authority load(Path dataDirectory) throws IOException, BadInputException {
        return AuthoritySettings.read(dataDirectory).authority();
    }

    /** The deadline a request letter dated {@code letterDate} prints by default, or {@code null}: the template's. */
    public LocalDate requestDeadline(LocalDate letterDate) {
        return daysToAnswer == null ? null : letterDate.plusDays(daysToAnswer);
    }
}
