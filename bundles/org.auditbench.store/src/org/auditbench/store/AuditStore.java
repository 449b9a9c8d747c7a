package org.auditbench.store;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.auditbench.model.AuditFactory;
import org.auditbench.model.AuditRegistry;
import org.auditbench.store.internal.CampaignTable;
import org.auditbench.store.internal.Database;
import org.auditbench.store.internal.DerbyDialect;
import org.auditbench.store.internal.InstitutionTable;
import org.auditbench.store.internal.Migrations;
import org.auditbench.store.internal.PostgresDialect;
import org.auditbench.store.internal.ProviderTable;
import org.auditbench.store.internal.Restore;
import org.auditbench.store.internal.ScanRunTable;
import org.auditbench.store.internal.StoreCopy;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * The database of one data directory (folder {@code db} below it), opened for this process, or the
 * store on a PostgreSQL server shared by several auditors ({@link StoreOptions#withServer}). See the
 * package documentation for the single-writer rule and for working together on a server.
 */
public final class AuditStore implements AutoCloseable {

    /** The tables in the order of the schema, as {@link #counts()} reports them. */
    public static final List<String> TABLES = List.of("institution", "mail_domain", "provider", "scan_run", "domain_scan",
            "mail_server", "net_address", "port_state", "observation", "campaign", "audit_case", "letter", "statement", "measure",
            "attachment", "assessment", "follow_up", "audit_event", "schema_version");

    private final Database database;
    private final InstitutionRepository institutions;
    private final ScanRunRepository scanRuns;
    private final CampaignRepository campaigns;
    private final AuditTrail auditTrail;

    private AuditStore(Database database) {
        this.database = database;
        this.institutions = new InstitutionRepository(database);
        this.scanRuns = new ScanRunRepository(database);
        this.campaigns = new CampaignRepository(database);
        this.auditTrail = new AuditTrail(database);
    }

    /** Opens (or creates) the store below {@code dataDirectory} without encryption, as the system user. */
    public static AuditStore open(Path dataDirectory) {
        return open(dataDirectory, StoreOptions.defaults());
    }

    /**
     * Opens (or creates) the store below {@code dataDirectory}, or connects to the server's store when the
     * options name one (the data directory then holds only local files), and brings its schema up to date.
     *
     * @throws WrongPasswordException when the database is encrypted and the password is missing or wrong, or the
     *             server refuses the login
     * @throws InputRefusedException when a password is given for an unencrypted database, or a new one's is too short
     * @throws StoreInUseException when another process has the embedded database open
     */
    public static AuditStore open(Path dataDirectory, StoreOptions options) {
        return migrated(options.onServer() ? Database.connect(options) : Database.open(dataDirectory, options));
    }

    /**
     * Logs in to the server {@code options} name and out again, creating and migrating nothing: a check of
     * URL, user and password before a workbench starts on them. Returns the name the audit trail would
     * record for the login.
     *
     * @throws WrongPasswordException when the server refuses the user or password
     * @throws StoreException when the server cannot be reached
     */
    public static String tryServer(StoreOptions options) {
        try (Database database = Database.connect(options)) {
            return database.actor();
        }
    }

    /**
     * Replaces the store below {@code dataDirectory} by the backup in {@code backupDirectory} (made by
     * {@link #backup(Path)}) and opens it. The backup is checked completely before the live database is
     * touched, and the live database is put back when anything fails; the audit trail records the restore
     * with the rows before and after.
     *
     * @throws InputRefusedException when the folder holds no complete backup, or is the data directory or its database
     * @throws WrongPasswordException when the backup is encrypted and the password is missing or wrong
     * @throws StoreInUseException when this or another process has the store open
     */
    public static AuditStore restore(Path dataDirectory, Path backupDirectory, StoreOptions options) {
        if (options.onServer()) {
            throw new InputRefusedException(PostgresDialect.BACKUP_HINT);
        }
        return migrated(Restore.replace(dataDirectory, backupDirectory, options));
    }

    /** Whether the store below {@code dataDirectory} exists and is encrypted (then it opens only with its password). */
    public static boolean isEncrypted(Path dataDirectory) {
        return new DerbyDialect().encrypted(dataDirectory.toAbsolutePath().normalize().resolve(Database.FOLDER));
    }

    private static AuditStore migrated(Database database) {
        try {
            Migrations.migrate(database);
            return new AuditStore(database);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    public InstitutionRepository institutions() {
        return institutions;
    }

    public ScanRunRepository scanRuns() {
        return scanRuns;
    }

    public CampaignRepository campaigns() {
        return campaigns;
    }

    public AuditTrail auditTrail() {
        return auditTrail;
    }

    /** The user name the audit trail records from now on. */
    public void setActor(String actor) {
        database.setActor(actor == null || actor.isBlank() ? StoreOptions.systemUser() : actor);
    }

    public String actor() {
        return database.actor();
    }

    /**
     * What the workbench shows at first: all institutions with mail domains, all providers, and the
     * campaigns and scan runs without their contents (load those with {@link CampaignRepository#load(long)}
     * and {@link ScanRunRepository#load(long)}).
     */
    public AuditRegistry loadRegistry() {
        return database.transaction(tx -> {
            AuditRegistry registry = AuditFactory.eINSTANCE.createAuditRegistry();
            ((InternalEList<org.auditbench.model.Institution>) registry.getInstitutions())
                    .addAllUnique(InstitutionTable.readAll(tx));
            registry.getProviders().addAll(ProviderTable.readAll(tx).values());
            Map<Long, org.auditbench.model.Campaign> campaignsById = new LinkedHashMap<>();
            CampaignTable.readCampaigns(tx, "").forEach(c -> campaignsById.put(c.getId(), c));
            registry.getCampaigns().addAll(campaignsById.values());
            registry.getScanRuns().addAll(ScanRunTable.readRuns(tx, "", campaignsById));
            return registry;
        });
    }

    /** The number of rows of every table, in schema order. */
    public Map<String, Long> counts() {
        return database.transaction(tx -> {
            Map<String, Long> counts = new LinkedHashMap<>();
            for (String table : TABLES) {
                counts.put(table, tx.number("SELECT COUNT(*) FROM " + table, 0));
            }
            return counts;
        });
    }

    /** True while nothing was ever saved: the store was just created (the demo data may be loaded). */
    public boolean isPristine() {
        return database.transaction(tx -> tx.number("SELECT COUNT(*) FROM audit_event", 0) == 0);
    }

    /** Where the database is: the embedded database's folder, or the server's URL (never with a password). */
    public String location() {
        return database.place();
    }

    public int schemaVersion() {
        return Migrations.currentVersion(database);
    }

    /**
     * An online backup into {@code directory} (the database lands in its subfolder {@code db}); the store
     * stays usable. An encrypted store's backup stays encrypted with the same password.
     *
     * @throws InputRefusedException when the folder is not empty, or is the data directory or its database, or
     *             the store is on a server (the message says how to back it up there)
     */
    public void backup(Path directory) {
        database.backup(directory);
    }

    /**
     * Copies everything of this store (all tables, attachments, the audit trail) into the empty store that
     * {@code targetOptions} open for {@code targetDataDirectory}: a PostgreSQL server's or an embedded one.
     * The copy is verified by counting the rows of every table; anything wrong leaves the target empty.
     *
     * @return the rows copied per table
     * @throws InputRefusedException when the target is not empty
     */
    public Map<String, Long> copyTo(Path targetDataDirectory, StoreOptions targetOptions) {
        try (AuditStore target = open(targetDataDirectory, targetOptions)) {
            if (target.location().equals(location())) {
                throw new InputRefusedException("the target " + location() + " is this store itself");
            }
            return StoreCopy.copy(database, target.database);
        }
    }

    /** Closes the store and releases the database files; further calls fail. */
    @Override
    public void close() {
        database.close();
    }
}
