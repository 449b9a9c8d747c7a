package org.auditbench.testing.peers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Temporary folders of peers, removed when the peers are gone. */
public final class Folders {

    private Folders() {
    }

    /** Deletes a folder with everything in it; what cannot be deleted stays (and is only temporary). */
    public static void deleteQuietly(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // a daemon may still hold it; the OS cleans temp folders
                }
            });
        } catch (IOException e) {
            // nothing more to do
        }
    }
}
