package org.auditbench.store.internal;

/** The actions the audit trail records. */
public final class AuditActions {

    public static final String CREATE = "create";
    public static final String UPDATE = "update";
    public static final String DELETE = "delete";
    public static final String RESTORE = "restore";
    public static final String COPY = "copy";

    private AuditActions() {
    }
}
