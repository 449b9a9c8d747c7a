package org.auditbench.testing.peers;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * How an {@link SmtpPeer} talks: its greeting (one or more lines), its EHLO keywords and, for hostile
 * peers, how it misbehaves.
 */
public record SmtpBehaviour(String host, List<String> greeting, List<String> ehloKeywords, Mode mode, Duration delay) {

    /** Well-behaved or one of the hostile ways. */
    public enum Mode {
        NORMAL,
        /** Accepts the connection and never says a word. */
        SILENT,
        /** Greets only after {@code delay}, then behaves. */
        LATE_GREETING,
        /** Sends "220-..." continuation lines without end. */
        ENDLESS_LINES,
        /** Sends random bytes instead of SMTP. */
        GARBAGE,
        /** Offers STARTTLS, says "220 go ahead", then sends no TLS but junk. */
        BROKEN_TLS,
        /** Greets every connection with "421 ... try again later" and hangs up (greylisting, rate limit). */
        TEMPORARY_GREETING,
        /** Greets, then refuses EHLO on every connection with "450 ... greylisted". */
        TEMPORARY_EHLO,
        /** Greets, then hangs up when EHLO comes. */
        HANG_UP_AT_EHLO,
        /** Refuses the first EHLO with "450 ... greylisted", behaves from then on. */
        GREYLIST_FIRST
    }

    private static final List<String> EXCHANGE_KEYWORDS = List.of("SIZE 37748736", "PIPELINING", "DSN", "ENHANCEDSTATUSCODES",
            "STARTTLS", "X-ANONYMOUSTLS", "AUTH NTLM", "X-EXPS GSSAPI NTLM", "8BITMIME", "BINARYMIME", "CHUNKING", "XRDST");
    private static final List<String> EXCHANGE_ONLINE_KEYWORDS = List.of("SIZE 157286400", "PIPELINING", "DSN",
            "ENHANCEDSTATUSCODES", "STARTTLS", "8BITMIME", "BINARYMIME", "CHUNKING", "SMTPUTF8");

    public SmtpBehaviour {
        greeting = List.copyOf(greeting);
        ehloKeywords = List.copyOf(ehloKeywords);
        delay = delay == null ? Duration.ZERO : delay;
    }

    private static String now() {
        return ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.RFC_1123_DATE_TIME.withLocale(Locale.ENGLISH));
    }

    /** An own Exchange server: Microsoft banner with the institution's host, Exchange's EHLO keywords. */
    public static SmtpBehaviour exchangeOnPrem(String host) {
        return new SmtpBehaviour(host, List.of("220 " + host + " Microsoft ESMTP MAIL Service ready at " + now()), EXCHANGE_KEYWORDS,
                Mode.NORMAL, null);
    }

    /** Exchange with a customised banner: only the EHLO keywords betray it. */
    public static SmtpBehaviour exchangeCustomBanner(String host) {
        return new SmtpBehaviour(host, List.of("220 " + host + " ESMTP ready"), EXCHANGE_KEYWORDS, Mode.NORMAL, null);
    }

    /** Exchange Online Protection as Microsoft 365 customers' MX answers. */
    public static SmtpBehaviour microsoft365(String host) {
        return new SmtpBehaviour(host, List.of("220 " + host + " Microsoft ESMTP MAIL Service ready at " + now()),
                EXCHANGE_ONLINE_KEYWORDS, Mode.NORMAL, null);
    }

    public static SmtpBehaviour google() {
        return new SmtpBehaviour("mx.google.com", List.of("220 mx.google.com ESMTP 5a1b2c3d4e5f-20020a17090a - gsmtp"),
                List.of("SIZE 157286400", "8BITMIME", "STARTTLS", "ENHANCEDSTATUSCODES", "PIPELINING", "CHUNKING", "SMTPUTF8"),
                Mode.NORMAL, null);
    }

    public static SmtpBehaviour exim(String host) {
        return new SmtpBehaviour(host, List.of("220 " + host + " ESMTP Exim 4.96 " + now()),
                List.of("SIZE 52428800", "8BITMIME", "PIPELINING", "CHUNKING", "STARTTLS", "HELP"), Mode.NORMAL, null);
    }

    /** A server of no known make, with a multi-line greeting and without STARTTLS. */
    public static SmtpBehaviour multiLineOther(String host) {
        return new SmtpBehaviour(host, List.of("220-" + host + " ESMTP MailMaster 3.2", "220-Unauthorised use prohibited.",
                "220 Have a nice day"), List.of("SIZE 10485760", "8BITMIME", "PIPELINING"), Mode.NORMAL, null);
    }

    /**
     * A hostile server that talks SMTP but floods: a greeting of {@code greetingChars} characters in lines
     * of 900 (without their CRLF), and {@code keywords} EHLO keywords of 199 characters each.
     */
    public static SmtpBehaviour flooding(String host, int greetingChars, int keywords) {
        List<String> greeting = new java.util.ArrayList<>();
        int lines = (greetingChars + 899) / 900;
        for (int i = 0; i < lines; i++) {
            String start = (i == lines - 1 ? "220 " : "220-") + (i == 0 ? host + " ESMTP " : "");
            greeting.add(start + "G".repeat(Math.min(900, greetingChars - i * 900) - start.length()));
        }
        List<String> ehlo = new java.util.ArrayList<>();
        for (int i = 0; i < keywords; i++) {
            ehlo.add(String.format("X-FLOOD%03d ", i) + "K".repeat(188));
        }
        return new SmtpBehaviour(host, greeting, ehlo, Mode.NORMAL, null);
    }

    public static SmtpBehaviour silent() {
        return new SmtpBehaviour("silent", List.of(), List.of(), Mode.SILENT, null);
    }

    public static SmtpBehaviour lateGreeting(String host, Duration delay) {
        return new SmtpBehaviour(host, List.of("220 " + host + " ESMTP Postfix"), List.of("PIPELINING"), Mode.LATE_GREETING, delay);
    }

    public static SmtpBehaviour endlessLines(String host) {
        return new SmtpBehaviour(host, List.of(), List.of(), Mode.ENDLESS_LINES, null);
    }

    public static SmtpBehaviour garbage() {
        return new SmtpBehaviour("garbage", List.of(), List.of(), Mode.GARBAGE, null);
    }

    public static SmtpBehaviour brokenTls(String host) {
        return new SmtpBehaviour(host, List.of("220 " + host + " ESMTP Postfix"), List.of("PIPELINING", "STARTTLS"), Mode.BROKEN_TLS,
                null);
    }

    /** A hostile or greylisting server of the given mode that offers STARTTLS when it lets a client get so far. */
    public static SmtpBehaviour refusing(String host, Mode mode) {
        return new SmtpBehaviour(host, List.of("220 " + host + " ESMTP Postfix"), List.of("PIPELINING", "STARTTLS"), mode, null);
    }

    /** The EHLO reply: "250-host Hello", the keywords, the last with "250 ". */
    String ehloReply(String clientName) {
        StringBuilder s = new StringBuilder();
        List<String> lines = new java.util.ArrayList<>();
        lines.add(host + " Hello [" + clientName + "]");
        lines.addAll(ehloKeywords);
        for (int i = 0; i < lines.size(); i++) {
            s.append(i == lines.size() - 1 ? "250 " : "250-").append(lines.get(i)).append("\r\n");
        }
        return s.toString();
    }

    String greetingText() {
        StringBuilder s = new StringBuilder();
        greeting.forEach(line -> s.append(line).append("\r\n"));
        return s.toString();
    }
}
