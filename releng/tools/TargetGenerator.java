/*
 * Writes targetplatform/auditbench.target from targetplatform/auditbench.coordinates.
 *
 *   java releng/tools/TargetGenerator.java            regenerate the .target from the pins
 *   java releng/tools/TargetGenerator.java --update   first move every ':'-pin to the newest release
 *
 * Runs with the JDK alone (single-file source launch), so upgrading the platform stays one command.
 * The newest releases are asked of Maven itself (./mvnw with the versions plugin, which reads the
 * repositories' metadata only), so the mirrors of the user's settings.xml apply and no repository host
 * is written here. When the newest version is one not taken (see PRE_RELEASE), the pin stays: move it
 * by hand then.
 */
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class TargetGenerator {

    private static final Pattern LOCATION = Pattern.compile("\\[location (\\S+) \"([^\"]+)\" feature=(\\S+)]");
    private static final Pattern ARTIFACT = Pattern.compile("([\\w.\\-]+):([\\w.\\-]+)([:=])([\\w.\\-]+)(?:\\s*->\\s*(\\S+))?");
    private static final Pattern HEADER = Pattern.compile("([\\w-]+):\\s*(.+)");
    private static final Pattern NEWER = Pattern.compile("\\s*([\\w.\\-]+):([\\w.\\-]+) \\.* (\\S+) -> (\\S+)\\s*");
    /** Not taken: milestones, candidates, betas, and the date-stamped versions of 2003-2004 that sort above all. */
    private static final Pattern PRE_RELEASE = Pattern.compile("(?i)(.*(alpha|beta|-m\\d+|\\.m\\d+|-rc|\\.rc|-cr|snapshot|-ea|\\.mr).*|\\d{8}\\..*)");

    record Artifact(String group, String artifact, boolean pinned, String version, String bundleName,
            Map<String, String> headers) {
        String reference() {
            return group + ":" + artifact + "::" + version;
        }
    }

    record Location(String id, String label, String feature, List<Artifact> artifacts) {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(".").toAbsolutePath().normalize();
        while (!Files.exists(root.resolve("targetplatform/auditbench.coordinates"))) {
            root = root.getParent();
            if (root == null) {
                throw new IllegalStateException("run inside the Auditbench checkout");
            }
        }
        Path coordinates = root.resolve("targetplatform/auditbench.coordinates");
        List<String> lines = Files.readAllLines(coordinates, StandardCharsets.UTF_8);
        if (args.length > 0 && args[0].equals("--update")) {
            lines = update(lines);
            Files.write(coordinates, lines, StandardCharsets.UTF_8);
        }
        List<Location> locations = parse(lines, coordinates);
        Path target = root.resolve("targetplatform/auditbench.target");
        Files.writeString(target, render(locations), StandardCharsets.UTF_8);
        System.out.println("wrote " + root.relativize(target) + ": " + locations.size() + " locations, "
                + locations.stream().mapToInt(l -> l.artifacts().size()).sum() + " artifacts");
    }

    static List<Location> parse(List<String> lines, Path file) {
        List<Location> locations = new ArrayList<>();
        Location current = null;
        Artifact last = null;
        for (int i = 0; i < lines.size(); i++) {
            String raw = lines.get(i);
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            Matcher header = HEADER.matcher(line);
            if (raw.startsWith(" ") && last != null && last.bundleName() != null && header.matches()) {
                last.headers().put(header.group(1), header.group(2));
                continue;
            }
            Matcher location = LOCATION.matcher(line);
            Matcher artifact = ARTIFACT.matcher(line);
            if (location.matches()) {
                current = new Location(location.group(1), location.group(2), location.group(3), new ArrayList<>());
                locations.add(current);
            } else if (artifact.matches() && current != null) {
                last = new Artifact(artifact.group(1), artifact.group(2), artifact.group(3).equals("="),
                        artifact.group(4), artifact.group(5), new LinkedHashMap<>());
                current.artifacts().add(last);
            } else {
                throw new IllegalArgumentException(file + ":" + (i + 1) + ": cannot read '" + line + "'");
            }
        }
        return locations;
    }

    static List<String> update(List<String> lines) throws IOException, InterruptedException {
        List<String[]> unpinned = new ArrayList<>();
        for (String line : lines) {
            Matcher m = ARTIFACT.matcher(line.strip());
            if (m.matches() && m.group(3).equals(":")) {
                unpinned.add(new String[] { m.group(1), m.group(2), m.group(4) });
            }
        }
        Map<String, String> latest = newerReleases(unpinned);
        List<String> result = new ArrayList<>();
        for (String line : lines) {
            Matcher m = ARTIFACT.matcher(line.strip());
            if (m.matches() && m.group(3).equals(":")) {
                String newest = latest.get(m.group(1) + ":" + m.group(2));
                if (newest != null && !newest.equals(m.group(4))) {
                    System.out.println(m.group(1) + ":" + m.group(2) + " " + m.group(4) + " -> " + newest);
                    line = line.replace(":" + m.group(4), ":" + newest);
                }
            }
            result.add(line);
        }
        return result;
    }

    /** group:artifact -> a newer release, as Maven's versions plugin finds it for a throw-away project. */
    static Map<String, String> newerReleases(List<String[]> artifacts) throws IOException, InterruptedException {
        Path work = Files.createTempDirectory("target-update");
        StringBuilder pom = new StringBuilder("""
                <project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>
                <groupId>org.auditbench</groupId><artifactId>target-update</artifactId><version>1</version>
                <dependencyManagement><dependencies>
                """);
        for (String[] a : artifacts) {
            pom.append("<dependency><groupId>").append(a[0]).append("</groupId><artifactId>").append(a[1])
                    .append("</artifactId><version>").append(a[2]).append("</version></dependency>\n");
        }
        pom.append("</dependencies></dependencyManagement></project>\n");
        Files.writeString(work.resolve("pom.xml"), pom);
        Path report = work.resolve("updates.txt");
        Process maven = new ProcessBuilder(Path.of("mvnw").toAbsolutePath().toString(), "-B", "-q", "-f",
                work.resolve("pom.xml").toString(), "org.codehaus.mojo:versions-maven-plugin:2.18.0:display-dependency-updates",
                "-DprocessDependencyManagement=true", "-Dversions.outputFile=" + report, "-DoutputEncoding=UTF-8")
                .inheritIO().start();
        if (maven.waitFor() != 0 || !Files.exists(report)) {
            throw new IOException("Maven could not look up the newest releases (see its output above)");
        }
        Map<String, String> latest = new LinkedHashMap<>();
        for (String line : Files.readAllLines(report, StandardCharsets.UTF_8)) {
            Matcher m = NEWER.matcher(line);
            if (m.matches() && !PRE_RELEASE.matcher(m.group(4)).matches()) {
                latest.put(m.group(1) + ":" + m.group(2), m.group(4));
            }
        }
        return latest;
    }

    static String render(List<Location> locations) {
        StringBuilder out = new StringBuilder();
        out.append("""
                <?xml version="1.0" encoding="UTF-8" standalone="no"?>
                <?pde version="3.8"?>
                <!-- Generated by releng/tools/TargetGenerator.java from auditbench.coordinates: edit that file, not this one. -->
                <target name="auditbench" sequenceNumber="1">
                  <locations>
                """);
        for (Location location : locations) {
            out.append("    <location includeDependencyDepth=\"none\" includeDependencyScopes=\"compile,runtime\" "
                    + "includeSource=\"false\" missingManifest=\"generate\" type=\"Maven\" label=\"")
                    .append(location.label()).append("\">\n");
            out.append("      <feature id=\"").append(location.feature()).append("\" label=\"").append(location.label())
                    .append("\" provider-name=\"Auditbench\" version=\"1.0.0\"/>\n");
            out.append("      <dependencies>\n");
            for (Artifact a : location.artifacts()) {
                out.append("        <dependency>\n")
                        .append("          <groupId>").append(a.group()).append("</groupId>\n")
                        .append("          <artifactId>").append(a.artifact()).append("</artifactId>\n")
                        .append("          <version>").append(a.version()).append("</version>\n")
                        .append("          <type>jar</type>\n")
                        .append("        </dependency>\n");
            }
            out.append("      </dependencies>\n");
            for (Artifact a : location.artifacts()) {
                if (a.bundleName() != null) {
                    String version = osgiVersion(a.version());
                    Map<String, String> headers = new LinkedHashMap<>();
                    headers.put("Bundle-Name", a.bundleName() + " (wrapped " + a.group() + ":" + a.artifact() + ")");
                    headers.put("Bundle-SymbolicName", a.bundleName());
                    headers.put("Bundle-Version", version);
                    headers.put("Import-Package", "*;resolution:=optional");
                    headers.put("Export-Package", "*;version=\"" + version + "\";-noimport:=true");
                    headers.putAll(a.headers());
                    out.append("      <instructions reference=\"").append(a.reference()).append("\"><![CDATA[\n");
                    headers.forEach((name, value) -> out.append(name).append(": ").append(value).append('\n'));
                    out.append("]]></instructions>\n");
                }
            }
            out.append("    </location>\n");
        }
        out.append("""
                  </locations>
                  <environment>
                    <os>linux</os>
                    <ws>gtk</ws>
                    <arch>x86_64</arch>
                  </environment>
                  <targetJRE path="org.eclipse.jdt.launching.JRE_CONTAINER/org.eclipse.jdt.internal.debug.ui.launcher.StandardVMType/JavaSE-21"/>
                </target>
                """);
        return out.toString();
    }

    /** Maven versions such as 1.3.04 or 2.0.6 become OSGi versions with at most three numeric parts. */
    static String osgiVersion(String maven) {
        String[] parts = maven.split("[.\\-]");
        StringBuilder v = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            String p = i < parts.length && parts[i].matches("\\d+") ? String.valueOf(Integer.parseInt(parts[i])) : "0";
            v.append(i == 0 ? "" : ".").append(p);
        }
        return v.toString();
    }
}
