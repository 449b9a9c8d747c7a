package org.auditbench.store.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Properties;

import org.auditbench.store.InputRefusedException;

/**
 * Derby's encryption at rest as the store uses it: AES with a 256-bit key, read from and written to the
 * database's {@code service.properties}. Derby can change the key of an encrypted database but not its
 * algorithm (asked to, it silently keeps DES), so an older DES database is renewed in two steps:
 * decrypted, then encrypted with AES. A mark file next to the database folder says that a renewal is
 * under way, so one interrupted between the steps is finished on the next open with the password.
 */
final class DerbyEncryption {

    static final String ALGORITHM = "AES/CBC/NoPadding";
    static final int KEY_BITS = 256;
    /** Derby refuses shorter boot passwords. */
    static final int MIN_PASSWORD_LENGTH = 8;

    private static final String SERVICE_PROPERTIES = "service.properties";

    private DerbyEncryption() {
    }

    /** The attributes that encrypt a database (a new one, or an unencrypted one on boot) with AES. */
    static Properties encrypting(String bootPassword) {
        if (bootPassword.length() < MIN_PASSWORD_LENGTH) {
            throw new InputRefusedException("a boot password needs at least " + MIN_PASSWORD_LENGTH
                    + " characters (this one has " + bootPassword.length() + ")");
        }
        Properties attributes = DerbyDialect.credentials(bootPassword);
        attributes.setProperty("dataEncryption", "true");
        attributes.setProperty("encryptionAlgorithm", ALGORITHM);
        attributes.setProperty("encryptionKeyLength", String.valueOf(KEY_BITS));
        return attributes;
    }

    /** The attributes that decrypt an encrypted database on boot. */
    static Properties decrypting(String bootPassword) {
        Properties attributes = DerbyDialect.credentials(bootPassword);
        attributes.setProperty("decryptDatabase", "true");
        return attributes;
    }

    static boolean exists(Path databaseFolder) {
        return Files.exists(databaseFolder.resolve(SERVICE_PROPERTIES));
    }

    static boolean encrypted(Path databaseFolder) throws SQLException {
        return "true".equals(service(databaseFolder).getProperty("dataEncryption"));
    }

    /** Whether the encrypted database uses the algorithm and key length new databases get. */
    static boolean current(Path databaseFolder) throws SQLException {
        Properties service = service(databaseFolder);
        String keyLength = service.getProperty("encryptionKeyLength", "");
        return ALGORITHM.equals(service.getProperty("encryptionAlgorithm")) && keyLength.startsWith(KEY_BITS + "-");
    }

    /** The mark of a renewal under way: a file beside the database folder. */
    static Path renewalMark(Path databaseFolder) {
        return databaseFolder.resolveSibling(databaseFolder.getFileName() + ".renewing-encryption");
    }

    private static Properties service(Path databaseFolder) throws SQLException {
        Path file = databaseFolder.resolve(SERVICE_PROPERTIES);
        Properties service = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            service.load(in);
        } catch (IOException | IllegalArgumentException e) {
            throw new SQLException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return service;
    }
}
