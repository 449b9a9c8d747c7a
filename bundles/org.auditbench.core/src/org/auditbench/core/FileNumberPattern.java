package org.auditbench.core;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.auditbench.model.AuditCase;
import org.auditbench.model.Campaign;

/**
 * How a campaign numbers its cases' files (Aktenzeichen): text with the placeholders {@code {year}} (the
 * year the campaign was created) and {@code {seq}} (the case's number within the campaign, 1, 2, ...;
 * {@code {seq:3}} writes it with at least three digits: 001). {@code {seq}} is required, so no two cases
 * of a campaign share a number. A case gets its number when it joins the campaign, so the number is known
 * (and shown) before any letter is written and does not depend on which letters were written first.
 */
public final class FileNumberPattern {

    /** What the New Campaign wizard proposes: as the authority's files read, {@code 2021-EX-017}. */
    public static final String PROPOSED = "{year}-EX-{seq:3}";

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)\\}");
    private static final Pattern SEQUENCE = Pattern.compile("seq(?::([1-9]))?");
    private static final int MAX_LENGTH = 100;

    private final String pattern;

    private FileNumberPattern(String pattern) {
        this.pattern = pattern;
    }

    /** @throws BadInputException naming the placeholder that is not known, or the missing {@code {seq}} */
    public static FileNumberPattern parse(String pattern) throws BadInputException {
        String text = pattern == null ? "" : pattern.strip();
        if (text.length() > MAX_LENGTH) {
            throw new BadInputException("file number pattern '" + text + "' is longer than " + MAX_LENGTH + " characters");
        }
        boolean sequence = false;
        Matcher placeholder = PLACEHOLDER.matcher(text);
        while (placeholder.find()) {
            String name = placeholder.group(1);
            if (SEQUENCE.matcher(name).matches()) {
                sequence = true;
            } else if (!"year".equals(name)) {
                throw new BadInputException("file number pattern '" + text + "': unknown placeholder {" + name
                        + "} (known: {year}, {seq}, {seq:3})");
            }
        }
        if (!sequence) {
            throw new BadInputException("file number pattern '" + text + "' has no {seq}: every case would get the same number");
        }
        return new FileNumberPattern(text);
    }

    /** The file number of the case numbered {@code sequence} of a campaign created in {@code year}. */
    public String number(int year, int sequence) {
        Matcher placeholder = PLACEHOLDER.matcher(pattern);
        StringBuilder number = new StringBuilder();
        while (placeholder.find()) {
            Matcher seq = SEQUENCE.matcher(placeholder.group(1));
            String value = !seq.matches() ? Integer.toString(year)
                    : seq.group(1) == null ? Integer.toString(sequence) : String.format("%0" + seq.group(1) + "d", sequence);
            placeholder.appendReplacement(number, Matcher.quoteReplacement(value));
        }
        placeholder.appendTail(number);
        return number.toString();
    }

    @Override
    public String toString() {
        return pattern;
    }

    /**
     * The file number the letters print for a case: its own, or, for a case of a campaign without a pattern
     * (and every case from before patterns existed), its institution's, as letters always printed.
     */
    public static String of(AuditCase auditCase) {
        String own = auditCase.getFileNumber();
        if (own != null && !own.isBlank()) {
            return own.strip();
        }
        String institution = auditCase.getInstitution() == null ? null : auditCase.getInstitution().getFileNumber();
        return institution == null || institution.isBlank() ? null : institution.strip();
    }

    /**
     * Hands out the numbers of the cases that join {@code campaign} next, or null when the campaign has no
     * pattern. The sequence goes on after the cases it has; a number still held by a case is skipped.
     */
    static Numbering numbering(Campaign campaign, int year) throws BadInputException {
        if (campaign.getFileNumberPattern() == null || campaign.getFileNumberPattern().isBlank()) {
            return null;
        }
        Set<String> used = new HashSet<>();
        campaign.getCases().forEach(c -> used.add(c.getFileNumber()));
        return new Numbering(parse(campaign.getFileNumberPattern()), year, used, campaign.getCases().size());
    }

    static final class Numbering {

        private final FileNumberPattern pattern;
        private final int year;
        private final Set<String> used;
        private int sequence;

        private Numbering(FileNumberPattern pattern, int year, Set<String> used, int sequence) {
            this.pattern = pattern;
            this.year = year;
            this.used = used;
            this.sequence = sequence;
        }

        String next() {
            String number;
            do {
                number = pattern.number(year, ++sequence);
            } while (!used.add(number));
            return number;
        }
    }
}
