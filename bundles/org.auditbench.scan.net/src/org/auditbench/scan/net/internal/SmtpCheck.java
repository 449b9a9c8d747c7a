package org.auditbench.scan.net.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.ProtocolException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
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
import org.auditbench.scan.SmtpFacts;
import org.auditbench.scan.TextBounds;
import org.auditbench.scan.TlsFacts;
import org.eclipse.osgi.util.NLS;

/**
 * The SMTP conversation on port 25: greeting, EHLO, STARTTLS when offered (with the TLS handshake),
 * QUIT. Whatever the peer does, the check puts what it saw as {@link Facts#SMTP} and ends in a status.
 */
public final class SmtpCheck implements Check {

    static final int PORT = 25;
    /** The name the scanner gives in EHLO; option {@code smtp.ehloName}. */
    static final String EHLO_NAME = "scanner.auditbench.invalid";

    @Override
    public CheckResult run(CheckContext context) throws Exception {
        PortScan ports = context.need(Facts.PORTS);
        PortStatus state = ports.state(PORT);
        if (state != null && state != PortStatus.OPEN) {
            context.put(Facts.SMTP, Session.NOTHING);
            return CheckResult.of(CheckStatus.UNREACHABLE, state == PortStatus.CLOSED ? Messages.Smtp_portClosed : Messages.Smtp_portBlocked);
        }
        Session session = new Session();
        try (Connection connection = context.network().connect(context.target().address(), PORT)) {
            return converse(context, connection, session);
        } catch (ConnectException e) {
            return session.end(context, CheckStatus.UNREACHABLE, Messages.Smtp_refused);
        } catch (SocketTimeoutException e) {
            return session.end(context, session.greeting == null ? CheckStatus.UNREACHABLE : CheckStatus.ERROR,
                    NLS.bind(session.greeting == null ? Messages.Smtp_noGreeting : Messages.Smtp_stoppedAnswering, e.getMessage()));
        } catch (SmtpReader.NotSmtpException e) {
            session.garbage = Printable.of(e.line, 500);
            return session.end(context, CheckStatus.ERROR, NLS.bind(Messages.Smtp_notSmtp, Printable.of(e.line, 80)));
        } catch (ResponseTooLargeException | ProtocolException e) {
            return session.end(context, CheckStatus.ERROR, NLS.bind(Messages.Smtp_protocolBroken, e.getMessage()));
        } catch (IOException e) {
            return session.end(context, CheckStatus.ERROR, NLS.bind(Messages.Smtp_failed, e.getMessage()));
        }
    }

    private static CheckResult converse(CheckContext context, Connection connection, Session session) throws IOException {
        SmtpReader reader = new SmtpReader(connection.input());
        SmtpReply greeting = reader.read();
        session.greeting = greeting;
        session.log("S", greeting.text());
        if (greeting.code() != 220) {
            return session.end(context, CheckStatus.WARNING, NLS.bind(Messages.Smtp_refusesService, Printable.of(greeting.lines().get(0), 120)));
        }
        String ehloName = context.settings().options().getOrDefault("smtp.ehloName", EHLO_NAME);
        SmtpReply ehlo = command(connection, reader, session, "EHLO " + ehloName);
        if (ehlo.code() != 250) {
            quit(connection, session);
            return session.end(context, CheckStatus.WARNING, NLS.bind(Messages.Smtp_ehloRefused, Printable.of(ehlo.lines().get(0), 120)));
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
                    return session.end(context, CheckStatus.INFO, session.summary());
                }
            }
        }
        quit(connection, session);
        return session.end(context, CheckStatus.INFO, session.summary());
    }

    private static SmtpReply command(Connection connection, SmtpReader reader, Session session, String line) throws IOException {
        OutputStream out = connection.output();
        out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
        session.log("C", line);
        SmtpReply reply = reader.read();
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
        static final SmtpFacts NOTHING = new SmtpFacts(null, List.of(), false, null, null);

        SmtpReply greeting;
        String garbage;
        final List<String> keywords = new ArrayList<>();
        boolean startTls;
        TlsFacts tls;
        String tlsProblem;
        final StringBuilder transcript = new StringBuilder();

        void log(String who, String text) {
            for (String line : text.split("\r\n")) {
                transcript.append(who).append(": ").append(Printable.of(line, 600)).append('\n');
            }
        }

        CheckResult end(CheckContext context, CheckStatus status, String summary) {
            // the facts cut the banner to TextBounds.BANNER, with the marker that counts all it had
            String banner = greeting != null ? Printable.of(greeting.text(), SmtpReader.MAX_LINE * SmtpReader.MAX_LINES) : garbage;
            context.put(Facts.SMTP, new SmtpFacts(banner, keywords, startTls, tls, tlsProblem));
            return new CheckResult(status, summary, transcript.toString().strip());
        }

        String summary() {
            String first = greeting.lines().get(0);
            return keywords.isEmpty() ? Printable.of(first, 160)
                    : TextBounds.cut(NLS.bind(Messages.Smtp_greetingWithEhlo, Printable.of(first, 160),
                            TextBounds.list(keywords.stream().map(k -> Printable.of(k, 40)).toList())), TextBounds.SUMMARY);
        }
    }
}
