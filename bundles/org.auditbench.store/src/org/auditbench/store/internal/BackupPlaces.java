package org.auditbench.store.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.auditbench.store.InputRefusedException;

/**
 * Where a backup may be written or read: never the data directory itself, its database folder or a
 * folder inside that (links resolved), which a restore would delete while reading and a backup would
 * write into the live database.
 */
final class BackupPlaces {

    private BackupPlaces() {
    }

    /** Refuses {@code place} when it is the data directory, its database or inside the database. */
    static void requireOutsideOf(Path dataDirectory, Path place, String verb) {
        for (Path[] pair : new Path[][] { { dataDirectory, place }, { real(dataDirectory), real(place) } }) {
            Path data = pair[0].toAbsolutePath().normalize();
            Path candidate = pair[1].toAbsolutePath().normalize();
            if (candidate.equals(data) || candidate.startsWith(data.resolve(Database.FOLDER))) {
                throw new InputRefusedException("cannot " + verb + " " + place + ": that is the data directory " + data
                        + " or its database; a backup lives in a folder of its own outside it");
            }
        }
    }

    /** The path with links resolved as far as it exists. */
    private static Path real(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        for (Path existing = absolute; existing != null; existing = existing.getParent()) {
            if (Files.exists(existing)) {
                try {
                    return existing.toRealPath().resolve(existing.relativize(absolute));
                } catch (IOException e) {
                    return absolute;
                }
            }
        }
        return absolute;
    }
}
