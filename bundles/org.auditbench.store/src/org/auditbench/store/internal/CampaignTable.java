package org.auditbench.store.internal;

import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.auditbench.model.Assessment;
import org.auditbench.model.AssessmentVerdict;
import org.auditbench.model.Attachment;
import org.auditbench.model.AuditCase;
import org.auditbench.model.AuditFactory;
import org.auditbench.model.Campaign;
import org.auditbench.model.CaseState;
import org.auditbench.model.FollowUp;
import org.auditbench.model.Institution;
import org.auditbench.model.Letter;
import org.auditbench.model.LetterKind;
import org.auditbench.model.Measure;
import org.auditbench.model.MeasureKind;
import org.auditbench.model.SelectionReason;
import org.auditbench.model.Statement;
import org.auditbench.model.StatementKind;
import org.auditbench.store.StoreException;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * Campaigns and their cases: {@code campaign}, {@code audit_case}, {@code letter}, {@code statement},
 * {@code measure}, {@code attachment}, {@code assessment}, {@code follow_up}. Saving makes the stored
 * rows match the objects (new ones inserted, changed ones updated, removed ones deleted). Attachment
 * bytes are written only when {@link Attachment#getContent()} holds new bytes, and read on demand.
 */
public final class CampaignTable {

    /** Vulnerability references are kept one per line in one readable column. */
    private static final String REFERENCE_SEPARATOR = "\n";

    private CampaignTable() {
    }

    public static void save(Tx tx, Campaign campaign) throws SQLException {
        if (campaign.getTitle() == null || campaign.getTitle().isBlank()) {
            throw new StoreException("a campaign needs a title");
        }
        boolean created = tx.store(campaign, "campaign", "title, template_id, vulnerability_references, legal_basis, created_on,"
                + " scan_phase_start, scan_phase_end, letter_date, deadline, selection_rule, selection_seed, file_number_pattern",
                campaign.getTitle(), campaign.getTemplateId(), String.join(REFERENCE_SEPARATOR, campaign.getVulnerabilityReferences()),
                campaign.getLegalBasis(), campaign.getCreatedOn(), campaign.getScanPhaseStart(), campaign.getScanPhaseEnd(),
                campaign.getLetterDate(), campaign.getDeadline(), campaign.getSelectionRule(), campaign.getSelectionSeed(),
                campaign.getFileNumberPattern());
        tx.deleteRemoved("audit_case", "campaign_id", campaign.getId(), campaign.getCases());
        for (AuditCase auditCase : campaign.getCases()) {
            saveCase(tx, campaign, auditCase);
        }
        tx.audit(created ? AuditActions.CREATE : AuditActions.UPDATE, campaign,
                campaign.getTitle() + " (" + campaign.getCases().size() + " case(s))");
    }

    /** One case of a stored campaign with its letters, statements and assessment. */
    public static void saveCase(Tx tx, Campaign campaign, AuditCase auditCase) throws SQLException {
        storeCaseRow(tx, campaign, auditCase);
        tx.deleteRemoved("letter", "audit_case_id", auditCase.getId(), auditCase.getLetters());
        for (Letter letter : auditCase.getLetters()) {
            saveLetterRow(tx, auditCase, letter);
        }
        tx.deleteRemoved("statement", "audit_case_id", auditCase.getId(), auditCase.getStatements());
        for (Statement statement : auditCase.getStatements()) {
            saveStatementRows(tx, auditCase, statement);
        }
        saveAssessmentRows(tx, auditCase);
    }

    /** Saves one statement with its measures and attachments; its case must be stored. */
    public static void saveStatement(Tx tx, Statement statement) throws SQLException {
        AuditCase auditCase = containingCase(statement);
        tx.touch(auditCase, "audit_case");
        boolean created = saveStatementRows(tx, auditCase, statement);
        tx.audit(created ? AuditActions.CREATE : AuditActions.UPDATE, statement, statement.getKind().getName() + " in case #"
                + auditCase.getId());
    }

    /** Saves one letter; its case must be stored. */
    public static void saveLetter(Tx tx, Letter letter) throws SQLException {
        AuditCase auditCase = containingCase(letter);
        tx.touch(auditCase, "audit_case");
        boolean created = saveLetterRow(tx, auditCase, letter);
        tx.audit(created ? AuditActions.CREATE : AuditActions.UPDATE, letter, letter.getKind().getName() + " in case #"
                + auditCase.getId());
    }

    /** Saves the case's row (state, selection) and its assessment (deleted when the case has none). */
    public static void saveCaseState(Tx tx, AuditCase auditCase) throws SQLException {
        if (auditCase.getId() == 0 || auditCase.getCampaign() == null) {
            throw new StoreException("the case must be saved with its campaign first");
        }
        storeCaseRow(tx, auditCase.getCampaign(), auditCase);
        saveAssessmentRows(tx, auditCase);
        tx.audit(AuditActions.UPDATE, auditCase, auditCase.getState().getName()
                + (auditCase.getAssessment() == null ? "" : ", " + auditCase.getAssessment().getVerdict().getName()));
    }

    private static void storeCaseRow(Tx tx, Campaign campaign, AuditCase auditCase) throws SQLException {
        tx.store(auditCase, "audit_case", "campaign_id, institution_id, selection_reason, state, file_number", campaign.getId(),
                ScanRunTable.storedId(auditCase.getInstitution(), "institution"), auditCase.getSelectionReason(),
                auditCase.getState(), auditCase.getFileNumber());
    }

    private static AuditCase containingCase(org.eclipse.emf.ecore.EObject child) {
        if (!(child.eContainer() instanceof AuditCase auditCase) || auditCase.getId() == 0) {
            throw new StoreException("a " + child.eClass().getName() + " is saved within a stored audit case");
        }
        return auditCase;
    }

    private static boolean saveLetterRow(Tx tx, AuditCase auditCase, Letter letter) throws SQLException {
        return tx.store(letter, "letter", "audit_case_id, kind, generated_at, sent_on, deadline, document_name", auditCase.getId(),
                letter.getKind(), letter.getGeneratedAt(), letter.getSentOn(), letter.getDeadline(), letter.getDocumentName());
    }

    private static boolean saveStatementRows(Tx tx, AuditCase auditCase, Statement statement) throws SQLException {
        boolean created = tx.store(statement, "statement", "audit_case_id, received_on, kind, summary, monitoring, refusal_reason",
                auditCase.getId(), statement.getReceivedOn(), statement.getKind(), statement.getSummary(), statement.getMonitoring(),
                statement.getRefusalReason());
        tx.deleteRemoved("measure", "statement_id", statement.getId(), statement.getMeasures());
        for (Measure measure : statement.getMeasures()) {
            tx.store(measure, "measure", "statement_id, taken_on, kind, description", statement.getId(), measure.getDate(),
                    measure.getKind(), measure.getDescription());
        }
        tx.deleteRemoved("attachment", "statement_id", statement.getId(), statement.getAttachments());
        for (Attachment attachment : statement.getAttachments()) {
            saveAttachment(tx, statement, attachment);
        }
        return created;
    }

    private static void saveAttachment(Tx tx, Statement statement, Attachment attachment) throws SQLException {
        byte[] content = attachment.getContent();
        if (attachment.getId() == 0 && content == null) {
            throw new StoreException("attachment '" + attachment.getFileName() + "' has no content to store");
        }
        long size = content == null ? attachment.getSize() : content.length;
        tx.store(attachment, "attachment", "statement_id, file_name, media_type, size_bytes", statement.getId(),
                attachment.getFileName(), attachment.getMediaType(), size);
        if (content != null) {
            tx.update("UPDATE attachment SET content = ? WHERE id = ?", content, attachment.getId());
            tx.afterCommit(() -> {
                attachment.setSize(size);
                attachment.setContent(null);
            });
        }
    }

    private static void saveAssessmentRows(Tx tx, AuditCase auditCase) throws SQLException {
        Assessment assessment = auditCase.getAssessment();
        if (assessment == null) {
            tx.update("DELETE FROM assessment WHERE audit_case_id = ?", auditCase.getId());
            return;
        }
        // A case has one assessment: one that replaced the stored one takes its place.
        tx.update("DELETE FROM assessment WHERE audit_case_id = ? AND id <> ?", auditCase.getId(), assessment.getId());
        tx.store(assessment, "assessment", "audit_case_id, verdict, reasons, assessed_on, assessor", auditCase.getId(),
                assessment.getVerdict(), assessment.getReasons(), assessment.getAssessedOn(), assessment.getAssessor());
        tx.deleteRemoved("follow_up", "assessment_id", assessment.getId(), assessment.getFollowUps());
        for (FollowUp followUp : assessment.getFollowUps()) {
            tx.store(followUp, "follow_up", "assessment_id, action, due_date, done", assessment.getId(), followUp.getAction(),
                    followUp.getDueDate(), followUp.isDone());
        }
    }

    public static void delete(Tx tx, Campaign campaign) throws SQLException {
        if (tx.update("DELETE FROM campaign WHERE id = ?", campaign.getId()) == 1) {
            tx.audit(AuditActions.DELETE, campaign, campaign.getTitle());
        }
    }

    public static byte[] readContent(Tx tx, long attachmentId) throws SQLException {
        List<byte[]> content = tx.query("SELECT content FROM attachment WHERE id = ?", row -> row.bytes("content"), attachmentId);
        if (content.isEmpty()) {
            throw new StoreException("attachment #" + attachmentId + " is not in the store");
        }
        return content.get(0);
    }

    /** Campaigns matching {@code condition} (alias {@code c}) without their cases. */
    public static List<Campaign> readCampaigns(Tx tx, String condition, Object... parameters) throws SQLException {
        return tx.query("SELECT c.id, c.title, c.template_id, c.vulnerability_references, c.legal_basis, c.created_on,"
                + " c.scan_phase_start, c.scan_phase_end, c.letter_date, c.deadline, c.selection_rule, c.selection_seed, c.file_number_pattern,"
                + " c.row_version"
                + " FROM campaign c" + (condition.isEmpty() ? "" : " WHERE " + condition) + " ORDER BY c.id", row -> {
                    Campaign campaign = AuditFactory.eINSTANCE.createCampaign();
                    campaign.setId(row.number("id"));
                    campaign.setRowVersion(row.number("row_version"));
                    campaign.setTitle(row.text("title"));
                    campaign.setTemplateId(row.text("template_id"));
                    String references = row.text("vulnerability_references");
                    if (references != null && !references.isEmpty()) {
                        campaign.getVulnerabilityReferences().addAll(Arrays.asList(references.split(REFERENCE_SEPARATOR)));
                    }
                    campaign.setLegalBasis(row.text("legal_basis"));
                    campaign.setCreatedOn(row.date("created_on"));
                    campaign.setScanPhaseStart(row.date("scan_phase_start"));
                    campaign.setScanPhaseEnd(row.date("scan_phase_end"));
                    campaign.setLetterDate(row.date("letter_date"));
                    campaign.setDeadline(row.date("deadline"));
                    campaign.setSelectionRule(row.text("selection_rule"));
                    campaign.setSelectionSeed(row.number("selection_seed"));
                    campaign.setFileNumberPattern(row.text("file_number_pattern"));
                    return campaign;
                }, parameters);
    }

    /** Adds to {@code campaign} its cases with letters, statements, measures, attachments (without bytes), assessments. */
    public static void readCases(Tx tx, Campaign campaign, Map<Long, Institution> institutions) throws SQLException {
        long id = campaign.getId();
        Map<Long, AuditCase> cases = new LinkedHashMap<>();
        tx.forEach("SELECT ac.id, ac.institution_id, ac.selection_reason, ac.state, ac.file_number, ac.row_version FROM audit_case ac"
                + " WHERE ac.campaign_id = ?"
                + " ORDER BY ac.id", row -> {
                    AuditCase auditCase = AuditFactory.eINSTANCE.createAuditCase();
                    auditCase.setId(row.number("id"));
                    auditCase.setRowVersion(row.number("row_version"));
                    auditCase.setInstitution(institutions.get(row.number("institution_id")));
                    auditCase.setSelectionReason(row.literal("selection_reason", SelectionReason::get, SelectionReason.MANUAL));
                    auditCase.setState(row.literal("state", CaseState::get, CaseState.SELECTED));
                    auditCase.setFileNumber(row.text("file_number"));
                    ((InternalEList<AuditCase>) campaign.getCases()).addUnique(auditCase);
                    cases.put(auditCase.getId(), auditCase);
                }, id);
        tx.forEach("SELECT l.id, l.audit_case_id, l.kind, l.generated_at, l.sent_on, l.deadline, l.document_name FROM letter l"
                + " JOIN audit_case ac ON l.audit_case_id = ac.id WHERE ac.campaign_id = ? ORDER BY l.id", row -> {
                    Letter letter = AuditFactory.eINSTANCE.createLetter();
                    letter.setId(row.number("id"));
                    letter.setKind(row.literal("kind", LetterKind::get, LetterKind.REQUEST));
                    letter.setGeneratedAt(row.date("generated_at"));
                    letter.setSentOn(row.date("sent_on"));
                    letter.setDeadline(row.date("deadline"));
                    letter.setDocumentName(row.text("document_name"));
                    cases.get(row.number("audit_case_id")).getLetters().add(letter);
                }, id);
        Map<Long, Statement> statements = new HashMap<>();
        tx.forEach("SELECT s.id, s.audit_case_id, s.received_on, s.kind, s.summary, s.monitoring, s.refusal_reason FROM statement s"
                + " JOIN audit_case ac ON s.audit_case_id = ac.id WHERE ac.campaign_id = ? ORDER BY s.id", row -> {
                    Statement statement = AuditFactory.eINSTANCE.createStatement();
                    statement.setId(row.number("id"));
                    statement.setReceivedOn(row.date("received_on"));
                    statement.setKind(row.literal("kind", StatementKind::get, StatementKind.ANSWER));
                    statement.setSummary(row.text("summary"));
                    statement.setMonitoring(row.text("monitoring"));
                    statement.setRefusalReason(row.text("refusal_reason"));
                    cases.get(row.number("audit_case_id")).getStatements().add(statement);
                    statements.put(statement.getId(), statement);
                }, id);
        tx.forEach("SELECT m.id, m.statement_id, m.taken_on, m.kind, m.description FROM measure m JOIN statement s ON m.statement_id = s.id"
                + " JOIN audit_case ac ON s.audit_case_id = ac.id WHERE ac.campaign_id = ? ORDER BY m.id", row -> {
                    Measure measure = AuditFactory.eINSTANCE.createMeasure();
                    measure.setId(row.number("id"));
                    measure.setDate(row.date("taken_on"));
                    measure.setKind(row.literal("kind", MeasureKind::get, MeasureKind.OTHER));
                    measure.setDescription(row.text("description"));
                    statements.get(row.number("statement_id")).getMeasures().add(measure);
                }, id);
        tx.forEach("SELECT a.id, a.statement_id, a.file_name, a.media_type, a.size_bytes FROM attachment a"
                + " JOIN statement s ON a.statement_id = s.id JOIN audit_case ac ON s.audit_case_id = ac.id WHERE ac.campaign_id = ?"
                + " ORDER BY a.id", row -> {
                    Attachment attachment = AuditFactory.eINSTANCE.createAttachment();
                    attachment.setId(row.number("id"));
                    attachment.setFileName(row.text("file_name"));
                    attachment.setMediaType(row.text("media_type"));
                    attachment.setSize(row.number("size_bytes"));
                    statements.get(row.number("statement_id")).getAttachments().add(attachment);
                }, id);
        Map<Long, Assessment> assessments = new HashMap<>();
        tx.forEach("SELECT x.id, x.audit_case_id, x.verdict, x.reasons, x.assessed_on, x.assessor FROM assessment x"
                + " JOIN audit_case ac ON x.audit_case_id = ac.id WHERE ac.campaign_id = ?", row -> {
                    Assessment assessment = AuditFactory.eINSTANCE.createAssessment();
                    assessment.setId(row.number("id"));
                    assessment.setVerdict(row.literal("verdict", AssessmentVerdict::get, AssessmentVerdict.FOLLOW_UP_NEEDED));
                    assessment.setReasons(row.text("reasons"));
                    assessment.setAssessedOn(row.date("assessed_on"));
                    assessment.setAssessor(row.text("assessor"));
                    cases.get(row.number("audit_case_id")).setAssessment(assessment);
                    assessments.put(assessment.getId(), assessment);
                }, id);
        tx.forEach("SELECT f.id, f.assessment_id, f.action, f.due_date, f.done FROM follow_up f JOIN assessment x ON f.assessment_id = x.id"
                + " JOIN audit_case ac ON x.audit_case_id = ac.id WHERE ac.campaign_id = ? ORDER BY f.id", row -> {
                    FollowUp followUp = AuditFactory.eINSTANCE.createFollowUp();
                    followUp.setId(row.number("id"));
                    followUp.setAction(row.text("action"));
                    followUp.setDueDate(row.date("due_date"));
                    followUp.setDone(row.flag("done"));
                    assessments.get(row.number("assessment_id")).getFollowUps().add(followUp);
                }, id);
    }

}
