package org.auditbench.testing.peers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Peers started together in one temporary folder; closing stops them (last first) and removes the folder. */
public final class PeerGroup implements AutoCloseable {

    private final Path folder;
    private final List<AutoCloseable> peers = new ArrayList<>();

    private PeerGroup(Path folder) {
        this.folder = folder;
    }

    public static PeerGroup inTempFolder(String prefix) throws IOException {
        return new PeerGroup(Files.createTempDirectory(prefix));
    }

    public Path folder() {
        return folder;
    }

    /** Registers a started peer; returns it. */
    public <T extends AutoCloseable> T add(T peer) {
        peers.add(peer);
        return peer;
    }

    @Override
    public void close() {
        for (AutoCloseable peer : peers.reversed()) {
            try {
                peer.close();
            } catch (Exception e) {
                // stop the others all the same
            }
        }
        peers.clear();
        Folders.deleteQuietly(folder);
    }
}
