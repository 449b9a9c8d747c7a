package org.auditbench.store;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.auditbench.model.Attachment;
import org.auditbench.model.AuditEvent;
import org.auditbench.model.AuditCase;
import org.auditbench.model.Campaign;
import org.auditbench.model.Institution;
import org.auditbench.model.Letter;
import org.auditbench.model.Statement;
import org.auditbench.store.internal.CampaignTable;
import org.auditbench.store.internal.Database;
import org.auditbench.store.internal.InstitutionTable;
import org.auditbench.store.internal.Tx;

/**
 * Campaigns with their cases, letters, statements (measures, attachments) and assessments (follow-ups).
 * Saving makes the stored rows match the objects: new objects are inserted, changed ones updated,
 * removed ones deleted. Attachments: set {@link Attachment#setContent(byte[])} to store bytes with the
 * next save (it is cleared once committed); read them back with {@link #readContent(Attachment)}.
 */
public final class CampaignRepository {

    private final Database database;

    CampaignRepository(Database database) {
        this.database = database;
    }

    /** The whole campaign in one transaction. Institutions of its cases must be stored. */
    public void save(Campaign campaign) {
        database.change(tx -> CampaignTable.save(tx, campaign));
    }

    /**
     * Saves the whole campaign as {@link #save(Campaign)} does and, in the same transaction, the workflow
     * steps that changed it (who did which step to which case): {@code steps} is asked once the rows are
     * written, so objects the steps created already have their ids. Time and actor are the store's.
     */
    public void save(Campaign campaign, Supplier<List<AuditEvent>> steps) {
        database.transaction(tx -> {
            CampaignTable.save(tx, campaign);
            audit(tx, steps);
            return null;
        });
    }

    /**
     * Saves one case of a stored campaign (state, letters, statements, assessment) and, in the same
     * transaction, the workflow steps that changed it: a step on one case need not rewrite the campaign.
     */
    public void save(AuditCase auditCase, Supplier<List<AuditEvent>> steps) {
        database.transaction(tx -> {
            CampaignTable.saveCase(tx, auditCase.getCampaign(), auditCase);
            audit(tx, steps);
            return null;
        });
    }

    private static void audit(Tx tx, Supplier<List<AuditEvent>> steps) throws java.sql.SQLException {
        for (AuditEvent step : steps.get()) {
            tx.audit(step.getAction(), step.getSubjectType(), step.getSubjectId(), step.getDetail());
        }
    }

    /** One statement with its measures and attachments; its case must be stored. */
    public void save(Statement statement) {
        database.change(tx -> CampaignTable.saveStatement(tx, statement));
    }

    /** One letter; its case must be stored. */
    public void save(Letter letter) {
        database.change(tx -> CampaignTable.saveLetter(tx, letter));
    }

    /** The case's state and selection and its assessment with follow-ups (deleted when it has none). */
    public void saveCaseState(AuditCase auditCase) {
        database.change(tx -> CampaignTable.saveCaseState(tx, auditCase));
    }

    /** All campaigns without their cases, oldest first. */
    public List<Campaign> list() {
        return database.transaction(tx -> CampaignTable.readCampaigns(tx, ""));
    }

    /** One campaign with everything in it; the institutions of its cases are loaded too. */
    public Optional<Campaign> load(long id) {
        return database.transaction(tx -> load(tx, id, InstitutionTable.byId(InstitutionTable.read(tx,
                "i.id IN (SELECT ac.institution_id FROM audit_case ac WHERE ac.campaign_id = ?)", "", id))));
    }

    /** One campaign with everything in it, its cases linked to the given institutions. */
    public Optional<Campaign> load(long id, Collection<Institution> institutions) {
        return database.transaction(tx -> load(tx, id, InstitutionTable.byId(institutions)));
    }

    private static Optional<Campaign> load(Tx tx, long id, Map<Long, Institution> institutions) throws java.sql.SQLException {
        Optional<Campaign> campaign = CampaignTable.readCampaigns(tx, "c.id = ?", id).stream().findFirst();
        if (campaign.isPresent()) {
            CampaignTable.readCases(tx, campaign.get(), institutions);
        }
        return campaign;
    }

    /** The stored bytes of an attachment, read when somebody wants to see them. */
    public byte[] readContent(Attachment attachment) {
        if (attachment.getContent() != null) {
            return attachment.getContent();
        }
        return database.transaction(tx -> CampaignTable.readContent(tx, attachment.getId()));
    }

    /** Deletes the campaign with its cases, letters, statements and assessments; its scan runs stay. */
    public void delete(Campaign campaign) {
        database.change(tx -> CampaignTable.delete(tx, campaign));
    }
}
