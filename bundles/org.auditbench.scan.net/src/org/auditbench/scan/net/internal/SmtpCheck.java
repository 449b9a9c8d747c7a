package org.auditbench.scan.net.internal;

import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.ProtocolException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.auditbench.model.CheckStatus;
import org.auditbench.model.PortStatus;
import org.auditbench.scan.Check;
import org.auditbench.scan.CheckContext;
import org.auditbench.scan.CheckResult;
import org.auditbench.scan.Connection;
import org.auditbench.scan.Facts;
import org.auditbench.scan.PortScan;
import org.auditbench.scan.ResponseTooLargeException;
import org.auditbench.scan.ScanSettings;
import org.auditbench.scan.SmtpFacts;
import org.auditbench.scan.TextBounds;
import org.auditbench.scan.TlsFacts;
import org.eclipse.osgi.util.NLS;

/**
 * The SMTP conversation on port 25: greeting, EHLO, STARTTLS when offered (with the TLS handshake),
 * QUIT. Whatever the peer does, the check puts what it saw as {@link Facts#SMTP} and ends in a status.
 * A temporary refusal (a 4xx greeting or EHLO reply, a hang-up during EHLO or STARTTLS: greylisting, rate
 * limits) gets one retry after a pause; refused again, the server is UNDETERMINED with the reason, and the
 * facts say it was not testable, so no check reads it as "no STARTTLS".
 */
public final class SmtpCheck implements Check {

    static final int PORT = 25;
    /** The name the scanner gives in EHLO unless the option {@link ScanSettings#EHLO_NAME} names another. */
    static final String EHLO_NAME = "scanner.auditbench.invalid";
    /** The pause before the one retry after a temporary refusal unless {@link #RETRY_AFTER_OPTION} says otherwise. */
    static final Duration RETRY_AFTER = Duration.ofSeconds(10);
    static final String RETRY_AFTER_OPTION = "smtp.retryAfterMillis";

    @Override
    public CheckResult run(CheckContext context) throws Exception {
        PortScan ports = context.need(Facts.PORTS);
        PortStatus state = ports.state(PORT);
        if (state != null && state != PortStatus.OPEN) {
            context.put(Facts.SMTP, Session.NOTHING);
            return CheckResult.of(CheckStatus.UNREACHABLE, state == PortStatus.CLOSED ? Messages.Smtp_portClosed : Messages.Smtp_portBlocked);
        }
        Session first = new Session();
        CheckResult result = attempt(context, first);
        if (first.temporary == null) {
            context.put(Facts.SMTP, first.facts(null));
            return result;
        }
        // greylisting and rate limits refuse for now, not for good: one polite retry after a pause
        Duration pause = retryPause(context);
        Thread.sleep(pause.toMillis());
        Session second = new Session();
        result = attempt(context, second);
        String transcript = first.transcript.toString() + "-- again after " + pause.toSeconds() + " s --\n" + second.transcript;
        if (second.temporary == null) {
            context.put(Facts.SMTP, second.facts(null));
            return new CheckResult(result.status(), result.summary(), transcript.strip());
        }
        String reason = NLS.bind(Messages.Smtp_notTestable, second.temporary, pause.toSeconds());
        context.put(Facts.SMTP, second.facts(reason));
        return new CheckResult(CheckStatus.UNDETERMINED, reason, transcript.strip());
    }

    /** The pause before the retry: option {@code smtp.retryAfterMillis}, else {@link #RETRY_AFTER}. */
    private static Duration retryPause(CheckContext context) {
        String millis = context.settings().options().get(RETRY_AFTER_OPTION);
        try {
            return millis == null ? RETRY_AFTER : Duration.ofMillis(Long.parseLong(millis));
        } catch (NumberFormatException e) {
            throw new IllegalStateException("option " + RETRY_AFTER_OPTION + " '" + millis + "' is not a number of milliseconds", e);
        }
    }

    /** One connection and conversation; a temporary refusal is noted in the session. */
    private static CheckResult attempt(CheckContext context, Session session) throws Exception {
        try (Connection connection = context.network().connect(context.target().address(), PORT)) {
            return converse(context, connection, session);
        } catch (ConnectException e) {
            return session.end(CheckStatus.UNREACHABLE, Messages.Smtp_refused);
        } catch (SocketTimeoutException e) {
            return session.end(session.greeting == null ? CheckStatus.UNREACHABLE : CheckStatus.ERROR,
                    NLS.bind(session.greeting == null ? Messages.Smtp_noGreeting : Messages.Smtp_stoppedAnswering, e.getMessage()));
        } catch (SmtpReader.NotSmtpException e) {
            session.garbage = Printable.of(e.line, 500);
            return session.end(CheckStatus.ERROR, NLS.bind(Messages.Smtp_notSmtp, Printable.of(e.line, 80)));
        } catch (ResponseTooLargeException | ProtocolException e) {
            return session.end(CheckStatus.ERROR, NLS.bind(Messages.Smtp_protocolBroken, e.getMessage()));
        } catch (EOFException e) {
            if (session.pending != null) {
                // hung up in the middle of EHLO or STARTTLS: what rate limits do
                session.temporary = NLS.bind(Messages.Smtp_closedDuring, session.pending);
                return session.end(CheckStatus.UNDETERMINED, session.temporary);
            }
            return session.end(CheckStatus.ERROR, NLS.bind(Messages.Smtp_failed, e.getMessage()));
        } catch (IOException e) {
            return session.end(CheckStatus.ERROR, NLS.bind(Messages.Smtp_failed, e.getMessage()));
        }
    }

    private static CheckResult converse(CheckContext context, Connection connection, Session session) throws IOException {
        SmtpReader reader = new SmtpReader(connection.input());
        SmtpReply greeting = reader.read();
        session.greeting = greeting;
        session.log("S", greeting.text());
        if (greeting.code() / 100 == 4) {
            session.temporary = NLS.bind(Messages.Smtp_temporaryGreeting, Printable.of(greeting.lines().get(0), 120));
            quit(connection, session);
            return session.end(CheckStatus.UNDETERMINED, session.temporary);
        }
        if (greeting.code() != 220) {
            return session.end(CheckStatus.WARNING, NLS.bind(Messages.Smtp_refusesService, Printable.of(greeting.lines().get(0), 120)));
        }
        String ehloName = context.settings().options().getOrDefault(ScanSettings.EHLO_NAME, EHLO_NAME);
        SmtpReply ehlo = command(connection, reader, session, "EHLO " + ehloName);
        if (ehlo.code() / 100 == 4) {
            session.temporary = NLS.bind(Messages.Smtp_temporaryEhlo, Printable.of(ehlo.lines().get(0), 120));
            quit(connection, session);
            return session.end(CheckStatus.UNDETERMINED, session.temporary);
        }
        if (ehlo.code() != 250) {
            quit(connection, session);
            return session.end(CheckStatus.WARNING, NLS.bind(Messages.Smtp_ehloRefused, Printable.of(ehlo.lines().get(0), 120)));
        }
        // keywords as read: each bounded (real ones are short), so no peer can flood the facts
        session.keywords.addAll(ehlo.texts().subList(1, ehlo.texts().size()).stream()
                .map(k -> TextBounds.cut(Printable.of(k, SmtpReader.MAX_LINE), TextBounds.NAME).toUpperCase(java.util.Locale.ROOT)).toList());
        session.startTls = session.keywords.stream().anyMatch(k -> k.equals("STARTTLS"));
        if (session.startTls) {
            SmtpReply ready = command(connection, reader, session, "STARTTLS");
            if (ready.code() != 220) {
                session.tlsProblem = NLS.bind(Messages.Smtp_startTlsAnswered, Printable.of(ready.lines().get(0), 120));
            } else {
                try {
                    session.tls = connection.startTls(context.target().host());
                    session.log("C", "[TLS " + session.tls.protocol() + " " + session.tls.cipherSuite() + "]");
                } catch (IOException e) {
                    session.tlsProblem = NLS.bind(Messages.Smtp_handshakeFailed, e.getMessage());
                    session.log("C", "[TLS handshake failed: " + e.getMessage() + "]");
                    return session.end(CheckStatus.INFO, session.summary());
                }
            }
        }
        quit(connection, session);
        return session.end(CheckStatus.INFO, session.summary());
    }

    private static SmtpReply command(Connection connection, SmtpReader reader, Session session, String line) throws IOException {
        OutputStream out = connection.output();
        out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
        session.log("C", line);
        session.pending = line.split(" ", 2)[0];
        SmtpReply reply = reader.read();
        session.pending = null;
        session.log("S", reply.text());
        return reply;
    }

    /** Says goodbye without waiting for the answer: the facts are complete. */
    private static void quit(Connection connection, Session session) {
        try {
            OutputStream out = connection.output();
            out.write("QUIT\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            session.log("C", "QUIT");
        } catch (IOException e) {
            // the server went away first; nothing is lost
        }
    }

    /** What the conversation has shown so far. */
    private static final class Session {
        static final SmtpFacts NOTHING = new SmtpFacts(null, List.of(), false, null, null, null);

        SmtpReply greeting;
        String garbage;
        final List<String> keywords = new ArrayList<>();
        boolean startTls;
        TlsFacts tls;
        String tlsProblem;
        /** The command whose reply is awaited, or {@code null}. */
        String pending;
        /** Why the server refused for now (4xx, hung up during EHLO or STARTTLS), or {@code null}. */
        String temporary;
        final StringBuilder transcript = new StringBuilder();

        void log(String who, String text) {
            for (String line : text.split("\r\n")) {
                transcript.append(who).append(": ").append(Printable.of(line, 600)).append('\n');
            }
        }

        CheckResult end(CheckStatus status, String summary) {
            return new CheckResult(status, summary, transcript.toString().strip());
        }

        SmtpFacts facts(String notTestable) {
            // the facts cut the banner to TextBounds.BANNER, with the marker that counts all it had
            String banner = greeting != null ? Printable.of(greeting.text(), SmtpReader.MAX_LINE * SmtpReader.MAX_LINES) : garbage;
            return new SmtpFacts(banner, keywords, startTls, tls, tlsProblem, notTestable);
        }

        String summary() {
            String first = greeting.lines().get(0);
            return keywords.isEmpty() ? Printable.of(first, 160)
                    : TextBounds.cut(NLS.bind(Messages.Smtp_greetingWithEhlo, Printable.of(first, 160),
                            TextBounds.list(keywords.stream().map(k -> Printable.of(k, 40)).toList())), TextBounds.SUMMARY);
        }
    }
}
