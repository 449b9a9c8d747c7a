package org.auditbench.scan;

/** What one run of a check works on. */
public enum TargetKind {
    /** A mail domain of an institution. */
    DOMAIN,
    /** One mail host (MX target, or the domain itself for an implicit MX). */
    MAIL_HOST,
    /** One address of one mail host. */
    ADDRESS;

    /** The value of the {@code target} attribute in the extension point. */
    public String attributeValue() {
        return switch (this) {
            case DOMAIN -> "domain";
            case MAIL_HOST -> "mailHost";
            case ADDRESS -> "address";
        };
    }

    public static TargetKind fromAttribute(String value) {
        for (TargetKind kind : values()) {
            if (kind.attributeValue().equals(value)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown check target '" + value + "' (domain, mailHost or address)");
    }
}
