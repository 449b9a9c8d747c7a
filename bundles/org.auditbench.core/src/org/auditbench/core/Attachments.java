package org.auditbench.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.auditbench.model.Attachment;
import org.auditbench.model.AuditFactory;

/** Evidence files of a statement, read into attachments that the next save writes to the store. */
public final class Attachments {

    private Attachments() {
    }

    /**
     * The file as an attachment with its bytes.
     *
     * @param mediaType the file's media type, or {@code null} to guess it from the file
     */
    public static Attachment read(Path file, String mediaType) throws IOException {
        byte[] content = Files.readAllBytes(file);
        String type = mediaType;
        if (type == null) {
            try {
                type = Files.probeContentType(file);
            } catch (IOException e) {
                type = null;
            }
        }
        Attachment attachment = AuditFactory.eINSTANCE.createAttachment();
        attachment.setFileName(file.getFileName().toString());
        attachment.setMediaType(type == null ? "application/octet-stream" : type);
        attachment.setSize(content.length);
        attachment.setContent(content);
        return attachment;
    }
}
