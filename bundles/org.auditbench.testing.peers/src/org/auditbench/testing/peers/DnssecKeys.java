package org.auditbench.testing.peers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A key-signing and a zone-signing key made at test time with {@code ldns-keygen} (Debian package
 * ldnsutils), and the signing of a zone file with {@code ldns-signzone}: with signatures valid around
 * now, or long expired (a zone a validator must call bogus). {@link Zone#signedWith} hands them to
 * {@link Nsd}.
 */
public final class DnssecKeys {

    private final Path dir;
    private final String keySigningKey;
    private final String zoneSigningKey;
    private final boolean expired;

    private DnssecKeys(Path dir, String keySigningKey, String zoneSigningKey, boolean expired) {
        this.dir = dir;
        this.keySigningKey = keySigningKey;
        this.zoneSigningKey = zoneSigningKey;
        this.expired = expired;
    }

    /** @param expiredSignatures sign with signatures that ended in 2020 */
    public static DnssecKeys create(Path dir, String origin, boolean expiredSignatures) throws IOException {
        String keygen = Processes.find("ldns-keygen");
        if (keygen == null || Processes.find("ldns-signzone") == null) {
            throw new IOException("ldns-keygen/ldns-signzone are not installed (apt-get install ldnsutils; see releng/scripts/system-packages.sh)");
        }
        Files.createDirectories(dir);
        String ksk = Processes.run(List.of(keygen, "-a", "ECDSAP256SHA256", "-k", origin), dir, 60).strip();
        String zsk = Processes.run(List.of(keygen, "-a", "ECDSAP256SHA256", origin), dir, 60).strip();
        return new DnssecKeys(dir, ksk, zsk, expiredSignatures);
    }

    /** The key-signing key as a DNSKEY record in zone-file format: the zone's trust anchor. */
    public String trustAnchor() throws IOException {
        return Files.readString(dir.resolve(keySigningKey + ".key")).strip();
    }

    /** Signs a zone file; returns the signed file beside it. */
    Path sign(Path zoneFile, String origin) throws IOException {
        Path signed = zoneFile.resolveSibling(zoneFile.getFileName() + ".signed");
        List<String> dates = expired ? List.of("-i", "20200101000000", "-e", "20200201000000") : List.of();
        List<String> command = new java.util.ArrayList<>(List.of(Processes.find("ldns-signzone"), "-o", origin, "-f", signed.toString()));
        command.addAll(dates);
        command.addAll(List.of(zoneFile.toString(), dir.resolve(zoneSigningKey).toString(), dir.resolve(keySigningKey).toString()));
        Processes.run(command, dir, 60);
        return signed;
    }
}
