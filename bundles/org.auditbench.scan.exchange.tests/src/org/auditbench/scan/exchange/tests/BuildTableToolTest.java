package org.auditbench.scan.exchange.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.Test;

/**
 * The shipped build table is exactly what the cleaning tool makes of the committed source list: run
 * {@code releng/tools/ExchangeBuildTable.java} with this JVM's java and compare.
 */
public class BuildTableToolTest {

    /** The test runs in bundles/org.auditbench.scan.exchange.tests; the repository is two levels up. */
    private static final Path ROOT = Path.of("").toAbsolutePath().getParent().getParent();

    private record Run(int exit, String output) {
    }

    private static Run tool(Path source, Path out) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(List.of(java.toString(), "releng/tools/ExchangeBuildTable.java", source.toString(),
                out.toString())).directory(ROOT.toFile()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue("the tool did not finish", p.waitFor(120, TimeUnit.SECONDS));
        return new Run(p.exitValue(), output);
    }

    @Test
    public void shippedTableIsReproducibleFromTheSource() throws Exception {
        Path out = Files.createTempFile("exchange-builds", ".tsv");
        try {
            Run run = tool(ROOT.resolve("releng/data/exchange-builds.json"), out);
            assertEquals(run.output(), 0, run.exit());
            assertTrue(run.output(), (run.output()).contains("457 builds written"));
            assertEquals(Files.readString(ROOT.resolve("bundles/org.auditbench.scan.exchange/data/exchange-builds.tsv")),
                    Files.readString(out));
        } finally {
            Files.deleteIfExists(out);
        }
    }

    @Test
    public void anUnknownDateFormatStopsTheToolNamingTheEntry() throws Exception {
        Path source = Files.createTempFile("exchange-builds", ".json");
        Path out = source.resolveSibling(source.getFileName() + ".tsv");
        try {
            Files.writeString(source, "{\"15.1.2176.9\": {\"name\": \"Exchange Server 2016 CU19 Mar21SU\", "
                    + "\"release_date\": \"2021-03-02\", \"build\": \"15.1.2176.9\", \"urls\": []}}");
            Run run = tool(source, out);
            assertTrue(run.output(), run.exit() != 0);
            assertTrue(run.output(), (run.output()).contains("entry 15.1.2176.9: unknown date format '2021-03-02'"));
            assertTrue(Files.notExists(out));
        } finally {
            Files.deleteIfExists(source);
            Files.deleteIfExists(out);
        }
    }
}
