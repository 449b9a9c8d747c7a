package org.auditbench.scan.net.internal;

import org.auditbench.model.MailServerKind;
import org.eclipse.osgi.util.NLS;

/** The summaries of the network checks in the workbench's language (Eclipse NLS). */
final class Messages extends NLS {

    public static String Ports_summary;
    public static String Smtp_portClosed;
    public static String Smtp_portBlocked;
    public static String Smtp_refused;
    public static String Smtp_noGreeting;
    public static String Smtp_stoppedAnswering;
    public static String Smtp_notSmtp;
    public static String Smtp_protocolBroken;
    public static String Smtp_failed;
    public static String Smtp_refusesService;
    public static String Smtp_ehloRefused;
    public static String Smtp_startTlsAnswered;
    public static String Smtp_handshakeFailed;
    public static String Smtp_greetingWithEhlo;
    public static String Smtp_temporaryGreeting;
    public static String Smtp_temporaryEhlo;
    public static String Smtp_closedDuring;
    public static String Smtp_notTestable;
    public static String StartTls_noServer;
    public static String StartTls_notOffered;
    public static String StartTls_broken;
    public static String StartTls_outdated;
    public static String StartTls_expired;
    public static String StartTls_nameMismatch;
    public static String StartTls_untrusted;
    public static String StartTls_works;
    public static String StartTls_worksBut;
    public static String Tls_noStartTls;
    public static String Tls_noHandshake;
    public static String Tls_oldProtocol;
    public static String Tls_recommended;
    public static String Tls_notRecommended;
    public static String Kind_MICROSOFT_365;
    public static String Kind_EXCHANGE_ONPREM;
    public static String Kind_GOOGLE;
    public static String Kind_POSTFIX;
    public static String Kind_EXIM;
    public static String Kind_GATEWAY;
    public static String Kind_OTHER;
    public static String Kind_NO_ANSWER;
    public static String Kind_UNKNOWN;

    static {
        NLS.initializeMessages("org.auditbench.scan.net.internal.messages", Messages.class);
    }

    private Messages() {
    }

    /** The kind of mail server in words. */
    static String kind(MailServerKind kind) {
        return switch (kind) {
            case MICROSOFT_365 -> Kind_MICROSOFT_365;
            case EXCHANGE_ONPREM -> Kind_EXCHANGE_ONPREM;
            case GOOGLE -> Kind_GOOGLE;
            case POSTFIX -> Kind_POSTFIX;
            case EXIM -> Kind_EXIM;
            case GATEWAY -> Kind_GATEWAY;
            case OTHER -> Kind_OTHER;
            case NO_ANSWER -> Kind_NO_ANSWER;
            case UNKNOWN -> Kind_UNKNOWN;
        };
    }
}
