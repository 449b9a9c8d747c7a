package org.auditbench.core;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.auditbench.model.Institution;
import org.auditbench.model.MailDomain;
import org.auditbench.model.names.MailDomainNames;

/**
 * A list of known cases as the auditor keeps it: one institution per line, named by its id, one of its
 * mail domains or its exact name; blank lines and lines starting with {@code #} are ignored. Every line
 * must name exactly one institution, so a typo cannot silently shrink the list.
 */
public final class KnownCasesList {

    private KnownCasesList() {
    }

    /** The institutions the lines name, in the order of the list; {@code source} names the list in errors. */
    public static Set<Institution> resolve(String source, List<String> lines, List<Institution> institutions)
            throws BadInputException {
        Set<Institution> known = new LinkedHashSet<>();
        for (int n = 0; n < lines.size(); n++) {
            String entry = lines.get(n).trim();
            if (entry.isEmpty() || entry.startsWith("#")) {
                continue;
            }
            List<Institution> matches = matches(entry, institutions);
            String where = source + ": line " + (n + 1) + ": '" + entry + "'";
            if (matches.isEmpty()) {
                throw new BadInputException(where + " matches no institution (give an id, a mail domain or the exact name)");
            }
            if (matches.size() > 1) {
                throw new BadInputException(where + " matches " + matches.size() + " institutions (ids "
                        + matches.stream().map(i -> String.valueOf(i.getId())).collect(Collectors.joining(", ")) + "); give the id");
            }
            known.add(matches.get(0));
        }
        return known;
    }

    private static List<Institution> matches(String entry, List<Institution> institutions) {
        List<Institution> found = new ArrayList<>();
        if (entry.chars().allMatch(Character::isDigit)) {
            long id = Long.parseLong(entry);
            institutions.stream().filter(i -> i.getId() == id).forEach(found::add);
            return found;
        }
        String domain = asciiDomain(entry);
        for (Institution institution : institutions) {
            boolean byDomain = domain != null && institution.getMailDomains().stream()
                    .map(MailDomain::getName).anyMatch(domain::equalsIgnoreCase);
            if (byDomain || entry.equalsIgnoreCase(institution.getName())) {
                found.add(institution);
            }
        }
        return found;
    }

    private static String asciiDomain(String entry) {
        if (!entry.contains(".") || entry.contains(" ")) {
            return null;
        }
        try {
            return MailDomainNames.toAscii(entry);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
