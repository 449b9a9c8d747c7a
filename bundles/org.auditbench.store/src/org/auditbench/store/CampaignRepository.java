package org.auditbench.store;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.auditbench.model.Attachment;
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
