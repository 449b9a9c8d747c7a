package org.auditbench.core;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

import org.auditbench.model.Attachment;
import org.auditbench.model.AuditFactory;

/**
 * Evidence files of a statement, read into attachments that the next save writes to the store. Only
 * regular files are read (a device such as /dev/zero never ends, a named pipe may never start) and none
 * larger than the limit, which is checked before reading and again while reading (files in /proc claim
 * to be empty). A file that a statement's JSON names must moreover lie inside the statement's folder once
 * links are resolved, so that a statement cannot carry off /etc/shadow or the process environment.
 */
public final class Attachments {

    /** The default limit per file: 50 MB. */
    public static final int DEFAULT_MAX_MEGABYTES = 50;

    private static final long MEGABYTE = 1024L * 1024;
    private static final long MAX_LIMIT = 2000 * MEGABYTE;

    private final long maxBytes;

    /** @param maxBytes the largest file accepted, in bytes (at most 2,000 MB) */
    public Attachments(long maxBytes) {
        if (maxBytes < 1 || maxBytes > MAX_LIMIT) {
            throw new IllegalArgumentException("the attachment limit must lie between 1 byte and 2000 MB, not " + maxBytes);
        }
        this.maxBytes = maxBytes;
    }

    public static Attachments ofMegabytes(int megabytes) {
        return new Attachments(megabytes * MEGABYTE);
    }

    public static Attachments withDefaultLimit() {
        return ofMegabytes(DEFAULT_MAX_MEGABYTES);
    }

    /**
     * A file the auditor chose: any regular file within the limit.
     *
     * @param mediaType the file's media type, or {@code null} to guess it from the file
     */
    public Attachment read(Path file, String mediaType) throws AttachmentRefusedException, IOException {
        return regularFile(file.toRealPath(), file, file.toString(), mediaType);
    }

    /**
     * A file a statement names, relative to the statement's folder (an absolute name is taken as it is):
     * only a regular file inside that folder, also after resolving links.
     */
    public Attachment readInside(Path folder, String name, String mediaType) throws AttachmentRefusedException, IOException {
        Path root = folder.toRealPath();
        // Judged by the name first, so that nothing outside is even looked at, then by where links lead.
        if (!root.resolve(name).normalize().startsWith(root)) {
            throw new AttachmentRefusedException("refused.attachmentOutside", name, root);
        }
        Path real = root.resolve(name).toRealPath();
        if (!real.startsWith(root)) {
            throw new AttachmentRefusedException("refused.attachmentOutside", name, root);
        }
        return regularFile(real, root.resolve(name), name, mediaType);
    }

    /** @param named the file as named (its name is the attachment's), @param shownName how messages show it */
    private Attachment regularFile(Path real, Path named, String shownName, String mediaType) throws AttachmentRefusedException, IOException {
        // Checked before opening: opening a named pipe blocks until someone writes to it.
        BasicFileAttributes attributes = Files.readAttributes(real, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (!attributes.isRegularFile()) {
            throw new AttachmentRefusedException("refused.attachmentNotRegular", shownName);
        }
        if (attributes.size() > maxBytes) {
            throw tooLarge(shownName);
        }
        byte[] content;
        try (InputStream in = Files.newInputStream(real, LinkOption.NOFOLLOW_LINKS)) {
            content = in.readNBytes((int) maxBytes + 1);
        }
        if (content.length > maxBytes) {
            throw tooLarge(shownName);
        }
        Attachment attachment = AuditFactory.eINSTANCE.createAttachment();
        attachment.setFileName(named.getFileName().toString());
        attachment.setMediaType(mediaType != null ? mediaType : guessedType(real));
        attachment.setSize(content.length);
        attachment.setContent(content);
        return attachment;
    }

    private AttachmentRefusedException tooLarge(String shownName) {
        String limit = maxBytes % MEGABYTE == 0 ? maxBytes / MEGABYTE + " MB" : maxBytes + " bytes";
        return new AttachmentRefusedException("refused.attachmentTooLarge", shownName, limit);
    }

    private static String guessedType(Path file) {
        try {
            String type = Files.probeContentType(file);
            return type == null ? "application/octet-stream" : type;
        } catch (IOException e) {
            return "application/octet-stream";
        }
    }
}
