package org.auditbench.cli.internal;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** What the command line's benchmark suites share: their temporary folders and the heap they measure. */
public final class BenchmarkWork {

    private BenchmarkWork() {
    }

    /** Deletes a benchmark's temporary folder with everything in it. */
    public static void delete(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    /** The peak use of all heap pools so far, in MB (10^6 bytes), as the benchmark rows print it. */
    public static double peakHeapMegabytes() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum() / 1e6;
    }
}
