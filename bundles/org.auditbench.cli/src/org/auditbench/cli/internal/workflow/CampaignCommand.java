package org.auditbench.cli.internal.workflow;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.auditbench.cli.ExitCode;
import org.auditbench.cli.UsageException;
import org.auditbench.cli.internal.scan.ScanDay;
import org.auditbench.core.CampaignDesk;
import org.auditbench.core.Dates;
import org.auditbench.core.SampleRule;
import org.auditbench.core.scan.DomainChange;
import org.auditbench.core.scan.ScanEngineUnavailableException;
import org.auditbench.core.scan.MailServerCheck;
import org.auditbench.core.scan.ScanLauncher;
import org.auditbench.model.AuditCase;
import org.auditbench.model.Campaign;
import org.auditbench.model.ScanRun;
import org.auditbench.scan.ScanSettings;
import org.eclipse.core.runtime.NullProgressMonitor;

/**
 * {@code auditbench campaign create|sample|list|show|rescan|delta}: campaigns from templates, their
 * members, follow-up scans and what changed between the last two.
 */
public final class CampaignCommand extends WorkflowCommand {

    @Override
    public String usage() {
        return "create --template T [--title TITLE] [--file-number-pattern P]\n"
                + "                 | sample ID [--known-file F] [--reported-breaches] (--random N | --share P) [--seed S] [--stratify-by-kind]\n"
                + "                 | list | show ID | rescan ID [--dns-server HOST:PORT]... | delta ID\n"
                + "                 campaigns: create from a template, choose members (known cases + reproducible random draw),"
                + " scan again, show what changed";
    }

    @Override
    String name() {
        return "campaign";
    }

    @Override
    Invocation parse(List<String> args) throws Exception {
        if (args.isEmpty()) {
            throw new UsageException("give a sub-command: create, sample, list, show, rescan or delta");
        }
        List<String> rest = args.subList(1, args.size());
        return switch (args.get(0)) {
        case "create" -> create(new Options(rest, Set.of("--template", "--title", "--file-number-pattern"), Set.of()));
        case "sample" -> sample(new Options(rest, Set.of("--known-file", "--random", "--share", "--seed"),
                Set.of("--reported-breaches", "--stratify-by-kind")));
        case "list" -> list(new Options(rest, Set.of(), Set.of()));
        case "show" -> show(new Options(rest, Set.of(), Set.of()).id("campaign id"));
        case "rescan" -> rescan(new Options(rest, Set.of("--dns-server"), Set.of()));
        case "delta" -> delta(new Options(rest, Set.of(), Set.of()).id("campaign id"));
        default -> throw new UsageException("unknown sub-command '" + args.get(0) + "'");
        };
    }

    private static Invocation create(Options options) throws UsageException {
        String template = options.required("--template");
        String title = options.optional("--title").orElse(null);
        String fileNumbers = options.optional("--file-number-pattern").orElse(null);
        return (session, context) -> {
            Campaign campaign = new CampaignDesk(session).create(template, title, fileNumbers);
            context.out().println("campaign " + campaign.getId() + " created from template " + template + ": " + campaign.getTitle()
                    + (campaign.getFileNumberPattern() == null ? "" : "; file numbers " + campaign.getFileNumberPattern()));
            return ExitCode.OK;
        };
    }

    private static Invocation sample(Options options) throws Exception {
        long campaignId = options.id("campaign id");
        Optional<String> size = options.optional("--random");
        Optional<String> share = options.optional("--share");
        if (size.isPresent() == share.isPresent()) {
            throw new UsageException("give either --random N (how many to draw) or --share P (a fraction such as 0.1)");
        }
        boolean strata = options.flag("--stratify-by-kind");
        SampleRule rule;
        try {
            rule = size.isPresent() ? SampleRule.ofSize((int) Options.number("--random", size.get()), strata)
                    : SampleRule.ofShare(Options.fraction("--share", share.get()), strata);
        } catch (IllegalArgumentException e) {
            throw new UsageException((size.isPresent() ? "--random" : "--share") + ": " + e.getMessage());
        }
        long seed = options.optional("--seed").isPresent() ? options.requiredNumber("--seed") : new SecureRandom().nextLong();
        Optional<String> knownFile = options.optional("--known-file");
        List<String> knownLines = knownFile.isPresent() ? Files.readAllLines(options.file("--known-file"), StandardCharsets.UTF_8)
                : List.of();
        String knownSource = knownFile.map(f -> Path.of(f).getFileName().toString()).orElse("no list");
        boolean breaches = options.flag("--reported-breaches");
        return (session, context) -> {
            List<AuditCase> cases = new CampaignDesk(session).sample(campaignId, knownSource, knownLines, breaches, rule, seed);
            Campaign campaign = cases.isEmpty() ? session.campaign(campaignId) : cases.get(0).getCampaign();
            context.out().println("campaign " + campaignId + ": " + cases.size() + " members");
            context.out().println("  rule: " + campaign.getSelectionRule());
            CampaignPrinter.cases(cases, session, context);
            return ExitCode.OK;
        };
    }

    private static Invocation list(Options options) throws UsageException {
        if (!options.positional().isEmpty()) {
            throw new UsageException("list takes no arguments");
        }
        return (session, context) -> {
            List<Campaign> campaigns = new CampaignDesk(session).list();
            context.out().printf("%-5s %-10s %-22s %s%n", "id", "created", "template", "title");
            for (Campaign campaign : campaigns) {
                context.out().printf("%-5d %-10s %-22s %s%n", campaign.getId(), Dates.of(campaign.getCreatedOn()),
                        campaign.getTemplateId(), campaign.getTitle());
            }
            context.out().println(campaigns.size() + " campaign(s)");
            return ExitCode.OK;
        };
    }

    private static Invocation show(long campaignId) {
        return (session, context) -> {
            CampaignPrinter.campaign(session.campaign(campaignId), session, context);
            return ExitCode.OK;
        };
    }

    private static Invocation rescan(Options options) throws UsageException {
        long campaignId = options.id("campaign id");
        List<InetSocketAddress> dnsServers = new ArrayList<>();
        for (String server : options.all("--dns-server")) {
            dnsServers.add(Options.hostAndPort("--dns-server", server));
        }
        ScanSettings settings = ScanSettings.defaults().withDnsServers(dnsServers);
        return (session, context) -> {
            ScanLauncher launcher = new MailServerCheck(ScanDay.complete(settings, context.dataDirectory(), context.err()));
            try {
                ScanRun run = new CampaignDesk(session).rescan(campaignId, launcher, new NullProgressMonitor());
                context.out().println("campaign " + campaignId + ": scan run " + run.getId() + " (" + run.getStatus() + ", "
                        + run.getDomainScans().size() + " domain(s))"
                        + (run.getPreviousRun() == null ? ", the campaign's first" : ", repeats scan run " + run.getPreviousRun().getId()));
                return ExitCode.OK;
            } catch (ScanEngineUnavailableException e) {
                context.err().println("auditbench campaign rescan: " + e.getMessage());
                return ExitCode.FAILURE;
            }
        };
    }

    private static Invocation delta(long campaignId) {
        return (session, context) -> {
            List<DomainChange> changes = new CampaignDesk(session).latestDelta(campaignId);
            changes.forEach(change -> context.out().println("  " + change));
            context.out().println("campaign " + campaignId + ": " + changes.size() + " change(s) since the previous scan run");
            return ExitCode.OK;
        };
    }
}
