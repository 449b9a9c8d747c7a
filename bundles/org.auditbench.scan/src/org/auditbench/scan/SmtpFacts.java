package org.auditbench.scan;

import java.util.List;

/**
 * What the SMTP conversation on port 25 showed.
 *
 * @param banner the greeting as sent (all lines of a multi-line 220 reply, CRLF-joined), or {@code null}
 *        when none came; cut to {@link TextBounds#BANNER}
 * @param ehloKeywords the EHLO keywords with their parameters (e.g. "AUTH NTLM", "STARTTLS"), upper case
 * @param startTlsOffered STARTTLS was announced
 * @param tls the handshake after STARTTLS, or {@code null} when not offered or failed
 * @param tlsProblem why the handshake failed, or {@code null}
 * @param notTestable why the server could not be tested (greylisting, rate limiting, a closed connection during
 *        EHLO or STARTTLS, also after one retry), or {@code null}; then nothing is known of STARTTLS either way
 */
public record SmtpFacts(String banner, List<String> ehloKeywords, boolean startTlsOffered, TlsFacts tls, String tlsProblem,
        String notTestable) {

    public SmtpFacts {
        banner = TextBounds.cut(banner, TextBounds.BANNER);
        ehloKeywords = List.copyOf(ehloKeywords);
    }

    /** A keyword was announced (case-insensitive, by its first word or whole text). */
    public boolean hasKeyword(String keyword) {
        return ehloKeywords.stream().anyMatch(k -> k.equalsIgnoreCase(keyword) || k.toUpperCase().startsWith(keyword.toUpperCase() + " "));
    }
}
