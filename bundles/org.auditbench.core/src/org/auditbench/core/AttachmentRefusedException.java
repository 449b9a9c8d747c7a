package org.auditbench.core;

import java.util.Locale;

import org.auditbench.core.internal.Texts;

/** An evidence file that may not become an attachment: outside the statement's folder, no regular file, too large. */
public final class AttachmentRefusedException extends BadInputException {

    private static final long serialVersionUID = 1L;

    private final LocalizedText text;

    AttachmentRefusedException(String key, Object... args) {
        this(Texts.both(key, args));
    }

    private AttachmentRefusedException(LocalizedText text) {
        super(text.in(Locale.getDefault()));
        this.text = text;
    }

    /** The reason in German and English, for the workbench's dialogs. */
    public LocalizedText text() {
        return text;
    }
}
