package org.auditbench.cli.tests;

import static org.junit.Assert.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** What a reader of a PDF sees, through poppler's tools. */
final class PdfText {

    private PdfText() {
    }

    /** The text of all pages as one line of single-spaced words (hyphenated line ends joined). */
    static String of(Path pdf) throws IOException, InterruptedException {
        return flat(run("pdftotext", "-layout", pdf.toString(), "-"));
    }

    /** The text of page {@code page}, flattened like {@link #of}. */
    static String page(Path pdf, int page) throws IOException, InterruptedException {
        return flat(run("pdftotext", "-layout", "-f", String.valueOf(page), "-l", String.valueOf(page), pdf.toString(), "-"));
    }

    /** {@code pdfinfo}'s value of {@code key} ("Pages", "Title"). */
    static String info(Path pdf, String key) throws IOException, InterruptedException {
        for (String line : run("pdfinfo", pdf.toString()).split("\n")) {
            if (line.startsWith(key + ":")) {
                return line.substring(key.length() + 1).strip();
            }
        }
        return "";
    }

    /** Keeps a copy of a letter in {@code target/letters} for looking at its pages after the build. */
    static void keep(Path file) throws IOException {
        Path kept = Path.of("target", "letters").resolve(file.getFileName());
        Files.createDirectories(kept.getParent());
        Files.copy(file, kept, StandardCopyOption.REPLACE_EXISTING);
    }

    static int pages(Path pdf) throws IOException, InterruptedException {
        return Integer.parseInt(info(pdf, "Pages"));
    }

    static String run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(command[0] + " failed: " + output, 0, process.waitFor());
        return output;
    }

    private static String flat(String text) {
        return text.replaceAll("[ \\t]+", " ").replaceAll("-\\n\\s*", "-").replaceAll("\\s*\\n\\s*", " ");
    }
}
