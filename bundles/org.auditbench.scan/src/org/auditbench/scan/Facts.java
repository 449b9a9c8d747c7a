package org.auditbench.scan;

import org.auditbench.model.MailServerKind;

/**
 * The well-known facts. The engine copies them into the model (mail servers, providers, port states,
 * SMTP banner, STARTTLS, server kind). Other bundles may define further facts of their own.
 */
public final class Facts {

    /** Domain: MX hosts (or implicit MX) with their addresses. Address targets come from this fact. */
    public static final Fact<MailServers> MAIL_SERVERS = Fact.of("dns.mailServers", MailServers.class);
    /** Domain: the SPF record ("v=spf1 ..."), absent when the domain has none. */
    public static final Fact<String> SPF = Fact.of("dns.spf", String.class);
    /** Domain: the DMARC record ("v=DMARC1; ..."), absent when the domain has none. */
    public static final Fact<String> DMARC = Fact.of("dns.dmarc", String.class);
    /** Address: the provider announcing the address. */
    public static final Fact<ProviderInfo> PROVIDER = Fact.of("dns.provider", ProviderInfo.class);
    /** Address: TCP port states of the configured ports. */
    public static final Fact<PortScan> PORTS = Fact.of("net.ports", PortScan.class);
    /** Address: the SMTP conversation on port 25. */
    public static final Fact<SmtpFacts> SMTP = Fact.of("net.smtp", SmtpFacts.class);
    /** Address: what kind of mail server answers. */
    public static final Fact<MailServerKind> SERVER_KIND = Fact.of("net.serverKind", MailServerKind.class);

    private Facts() {
    }
}
