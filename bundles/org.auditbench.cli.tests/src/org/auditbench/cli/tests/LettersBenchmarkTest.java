package org.auditbench.cli.tests;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.Assert.assertEquals;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** {@code auditbench bench letters N} runs the mail merge on a campaign of its own and prints its figures. */
public class LettersBenchmarkTest {

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    @Test
    public void theSuiteWritesTheLettersAndTheCombinedPdf() {
        CliRun run = CliRun.of(folder.getRoot().toPath(), "bench", "letters", "12");
        assertEquals(run.out() + run.err(), 0, run.code());
        assertThat(run.out(), containsString("| 12 request letters (PDF) incl. the combined PDF, engine start included |"));
        assertThat(run.out(), containsString("| peak heap while writing"));
    }
}
