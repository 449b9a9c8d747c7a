package org.auditbench.io.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.eclipse.osgi.util.NLS;

/**
 * The parts of an XLSX file (a zip archive), read with limits that a zip bomb cannot pass: the bytes of
 * every entry are counted while inflating (the sizes in the headers are the attacker's word), and so are
 * the entries.
 */
final class XlsxPackage {

    /** The most one part may expand to. */
    static final int MAX_PART_MEGABYTES = 100;
    /** The most all entries together may expand to, including those not needed. */
    static final int MAX_TOTAL_MEGABYTES = 500;
    static final int MAX_ENTRIES = 10_000;

    private static final long MEGABYTE = 1024L * 1024;

    private XlsxPackage() {
    }

    /** The parts named in {@code wanted} that the archive holds. */
    static Map<String, byte[]> read(byte[] content, Set<String> wanted) throws XlsxException, IOException {
        if (!isZip(content)) {
            throw new XlsxException(Messages.problemNotZip);
        }
        Map<String, byte[]> parts = new HashMap<>();
        long total = 0;
        int entries = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (++entries > MAX_ENTRIES) {
                    throw new XlsxException(NLS.bind(Messages.problemZipTooManyEntries, MAX_ENTRIES));
                }
                boolean keep = wanted.contains(entry.getName());
                ByteArrayOutputStream part = keep ? new ByteArrayOutputStream() : null;
                long size = 0;
                for (int n = zip.read(buffer); n > 0; n = zip.read(buffer)) {
                    size += n;
                    total += n;
                    if (size > MAX_PART_MEGABYTES * MEGABYTE) {
                        throw new XlsxException(NLS.bind(Messages.problemZipPartTooLarge, entry.getName(), MAX_PART_MEGABYTES));
                    }
                    if (total > MAX_TOTAL_MEGABYTES * MEGABYTE) {
                        throw new XlsxException(NLS.bind(Messages.problemZipTooLarge, MAX_TOTAL_MEGABYTES));
                    }
                    if (keep) {
                        part.write(buffer, 0, n);
                    }
                }
                if (keep) {
                    parts.put(entry.getName(), part.toByteArray());
                }
            }
        }
        return parts;
    }

    /** A zip archive starts with a local file header, or is empty (end of central directory). */
    private static boolean isZip(byte[] content) {
        return content.length >= 4 && content[0] == 'P' && content[1] == 'K'
                && (content[2] == 3 && content[3] == 4 || content[2] == 5 && content[3] == 6);
    }
}
