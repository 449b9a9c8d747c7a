package org.auditbench.scan.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the Exchange build and the signs of Exchange in the answers, best source first. */
public final class BuildDetector {

    /** /owa/auth/15.1.2176/themes (2013 and later) or /owa/14.3.513.0/themes (2007, 2010). */
    private static final Pattern OWA_PATH = Pattern.compile("/owa/(?:auth/)?(\\d{1,2}\\.\\d{1,2}\\.\\d{1,5}(?:\\.\\d{1,5})?)/",
            Pattern.CASE_INSENSITIVE);
    /** The assembly's version; the XML declaration's version="1.0" has no four parts and never matches. */
    private static final Pattern EXPORT_TOOL_VERSION = Pattern.compile(
            "<assemblyIdentity\\b[^>]*?\\bversion=\"(\\d{1,2}\\.\\d{1,2}\\.\\d{1,5}\\.\\d{1,5})\"", Pattern.CASE_INSENSITIVE);
    private static final Pattern OUTLOOK_TITLE = Pattern.compile("<title>\\s*Outlook", Pattern.CASE_INSENSITIVE);

    private BuildDetector() {
    }

    /** The most precise build the answers show: X-OWA-Version, then the export tool, then the OWA path. */
    public static Optional<DetectedBuild> build(java.util.Map<ProbeStep, HttpAnswer> answers) {
        for (HttpAnswer a : answers.values()) {
            Optional<ExchangeBuild> b = a.header("X-OWA-Version").flatMap(ExchangeBuild::parse).filter(ExchangeBuild::hasRevision);
            if (b.isPresent()) {
                return Optional.of(new DetectedBuild(b.get(), "X-OWA-Version header of " + a.request()));
            }
        }
        HttpAnswer tool = answers.get(ProbeStep.EXPORT_TOOL);
        if (tool != null && tool.answered() && tool.status() == 200) {
            Matcher m = EXPORT_TOOL_VERSION.matcher(tool.body());
            if (m.find()) {
                return ExchangeBuild.parse(m.group(1)).map(b -> new DetectedBuild(b, "version of the export tool manifest"));
            }
        }
        for (ProbeStep step : List.of(ProbeStep.LOGON_PAGE, ProbeStep.OWA)) {
            HttpAnswer page = answers.get(step);
            if (page != null && page.answered()) {
                Matcher m = OWA_PATH.matcher(page.body());
                if (m.find()) {
                    return ExchangeBuild.parse(m.group(1)).map(b -> new DetectedBuild(b, "path " + m.group(0) + " in " + page.request()));
                }
            }
        }
        return Optional.empty();
    }

    /** What shows that Exchange answers; empty when nothing does. */
    public static List<String> exchangeSignals(java.util.Map<ProbeStep, HttpAnswer> answers) {
        List<String> signals = new ArrayList<>();
        for (HttpAnswer a : answers.values()) {
            for (String header : List.of("X-OWA-Version", "X-FEServer", "X-BEServer", "X-CalculatedBETarget")) {
                a.header(header).ifPresent(v -> {
                    String signal = header + " header";
                    if (!signals.contains(signal)) {
                        signals.add(signal);
                    }
                });
            }
        }
        HttpAnswer page = answers.get(ProbeStep.LOGON_PAGE);
        if (page != null && page.answered() && page.status() == 200) {
            if (OWA_PATH.matcher(page.body()).find()) {
                signals.add("OWA paths in the login page");
            } else if (OUTLOOK_TITLE.matcher(page.body()).find()) {
                signals.add("title Outlook on the login page");
            }
        }
        HttpAnswer tool = answers.get(ProbeStep.EXPORT_TOOL);
        if (tool != null && tool.answered() && tool.status() == 200 && EXPORT_TOOL_VERSION.matcher(tool.body()).find()) {
            signals.add("Exchange export tool manifest");
        }
        return signals;
    }
}
