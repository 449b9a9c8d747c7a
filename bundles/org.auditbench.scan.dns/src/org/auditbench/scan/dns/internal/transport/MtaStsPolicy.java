package org.auditbench.scan.dns.internal.transport;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;

/**
 * An MTA-STS policy (RFC 8461 3.2): {@code key: value} lines with version STSv1, a mode, max_age in
 * seconds and the MX patterns ({@code mail.example.org} or {@code *.example.org} for one label).
 */
record MtaStsPolicy(String mode, long maxAge, List<String> mx) {

    static final long MAX_AGE_LIMIT = 31_557_600;

    /** @throws IllegalArgumentException saying what is wrong */
    static MtaStsPolicy parse(String text) {
        String version = null;
        String mode = null;
        Long maxAge = null;
        List<String> mx = new ArrayList<>();
        for (String line : text.split("\r?\n")) {
            if (line.isBlank()) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new IllegalArgumentException(NLS.bind(Messages.MtaSts_line, line.strip()));
            }
            String key = line.substring(0, colon).strip();
            String value = line.substring(colon + 1).strip();
            switch (key) {
                case "version" -> version = value;
                case "mode" -> mode = value;
                case "max_age" -> maxAge = maxAge(value);
                case "mx" -> mx.add(value.toLowerCase(Locale.ROOT));
                default -> {
                    // further keys are allowed and ignored (RFC 8461 3.2)
                }
            }
        }
        if (!"STSv1".equals(version)) {
            throw new IllegalArgumentException(NLS.bind(Messages.MtaSts_version, version));
        }
        if (!List.of("enforce", "testing", "none").contains(mode)) {
            throw new IllegalArgumentException(NLS.bind(Messages.MtaSts_mode, mode));
        }
        if (maxAge == null) {
            throw new IllegalArgumentException(Messages.MtaSts_noMaxAge);
        }
        if (mx.isEmpty() && !mode.equals("none")) {
            throw new IllegalArgumentException(Messages.MtaSts_noMx);
        }
        return new MtaStsPolicy(mode, maxAge, List.copyOf(mx));
    }

    private static long maxAge(String value) {
        try {
            long seconds = Long.parseLong(value);
            if (seconds >= 0 && seconds <= MAX_AGE_LIMIT) {
                return seconds;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new IllegalArgumentException(NLS.bind(Messages.MtaSts_maxAge, value));
    }

    /** Whether a pattern covers the MX host: exactly, or "*." standing for one left-most label. */
    boolean covers(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        for (String pattern : mx) {
            if (pattern.equals(h)) {
                return true;
            }
            if (pattern.startsWith("*.")) {
                int dot = h.indexOf('.');
                if (dot > 0 && h.substring(dot + 1).equals(pattern.substring(2))) {
                    return true;
                }
            }
        }
        return false;
    }
}
