package org.auditbench.cli.tests;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.Assert.assertEquals;
import static org.junit.Assume.assumeTrue;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * {@code auditbench bench team}, small: four clients on a campaign of 40 cases collide often; every step
 * is still in the database exactly once.
 */
public class TeamBenchmarkTest {

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    @Test
    public void fourClientsCollideAndEveryStepIsStoredExactlyOnce() {
        CliRun run = CliRun.of(folder.getRoot().toPath(), "bench", "team", "--clients-only", "--cases", "40", "--steps", "30");
        assertEquals(run.out() + run.err(), 0, run.code());
        assertThat(run.out(), containsString("4 clients recording statements and assessments"));
        assertThat(run.out(), matchesPattern("(?s).*\\| steps not in the database exactly once +\\| +0 steps +\\| 0 +\\| yes.*"));
        assertThat("steps on the same case collided", run.out(), matchesPattern("(?s).*[1-9][0-9]* conflicts.*"));
    }

    /** The whole suite, for its figures: only with the environment variable {@code AUDITBENCH_BENCH_FULL=1}. */
    @Test
    public void theWholeSuiteMeetsItsTargets() {
        assumeTrue("the full benchmark takes minutes", "1".equals(System.getenv("AUDITBENCH_BENCH_FULL")));
        CliRun run = CliRun.of(folder.getRoot().toPath(), "bench", "team");
        assertEquals(run.out() + run.err(), 0, run.code());
        assertThat(run.out(), not(containsString("| NO ")));
    }
}
