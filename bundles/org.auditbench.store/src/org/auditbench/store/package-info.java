/**
 * The Auditbench store: the audit model kept in an embedded Apache Derby database below the data
 * directory ({@code <data>/db}), or on a PostgreSQL server shared by a team.
 *
 * <p>{@link org.auditbench.store.AuditStore#open(java.nio.file.Path, org.auditbench.store.StoreOptions)}
 * opens (or creates) the database and applies pending schema migrations; its repositories load and save
 * model objects: {@link org.auditbench.store.InstitutionRepository institutions} (with mail domains),
 * {@link org.auditbench.store.ScanRunRepository scan runs} (with everything a scan found, providers shared
 * by AS number), {@link org.auditbench.store.CampaignRepository campaigns} (cases, letters, statements,
 * measures, attachments, assessments, follow-ups) and the {@link org.auditbench.store.AuditTrail}. Every
 * save is one transaction: all of it is stored, or nothing (objects keep their previous ids), and it
 * writes its audit event in the same transaction. Objects with id 0 are new; saving gives them their id.
 * Loaded objects are detached copies: the store keeps no cache, so load again after somebody else saved.
 *
 * <p><b>One writer at a time</b> (embedded). A store is opened by one process only: the workbench or one command
 * line run. Whoever opens or restores it holds an operating system lock on {@code <data>/store.lock}
 * (besides Derby's own lock of the database folder), and a second process gets a
 * {@link org.auditbench.store.StoreInUseException}. Within the process, the store has one connection and
 * runs its transactions one after the other, so it may be used from several threads (a scan job and the
 * UI), but long saves make the others wait. Open one {@code AuditStore} per data directory and share it.
 *
 * <p><b>On a shared server.</b> With {@link org.auditbench.store.StoreOptions#withServer} the store is on a
 * PostgreSQL server, the same schema through the same API, and many clients (each with its store and
 * connection) work at once. Institutions, campaigns and cases carry row versions: a save over a newer
 * change by somebody else fails with {@link org.auditbench.store.SaveConflictException} (what, who, when)
 * and writes nothing; letters, statements and assessments move their case's version. File backups and
 * encryption are the embedded database's; on a server they are refused with what to use there.
 *
 * <p>Encryption at rest: a store created with a boot password ({@link org.auditbench.store.StoreOptions})
 * is encrypted (AES, 256-bit key) and cannot be opened without it; an older DES store is re-encrypted
 * with AES when opened with its password; a password given to an unencrypted store is refused. Backups
 * ({@link org.auditbench.store.AuditStore#backup}) are online and consistent and go into a new or empty
 * folder; {@link org.auditbench.store.AuditStore#restore} checks a backup completely before it replaces
 * the database, and puts the old one back when anything fails. Folders are created 0700, files 0600.
 *
 * <p>A text longer than its column is refused before anything is written, with the field named
 * ({@link org.auditbench.store.InputRefusedException}); the audit trail keeps the first 32,000 characters
 * of a longer detail, marked as cut.
 *
 * <p>The tables (one per concept, readable column names, enumerations by literal name) may be read
 * directly by report data sets; write only through this API.
 */
package org.auditbench.store;
