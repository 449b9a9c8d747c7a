package org.auditbench.store.tests;

import java.util.List;

import org.auditbench.model.AuditCase;
import org.auditbench.model.Campaign;
import org.auditbench.model.Statement;
import org.auditbench.store.AuditStore;

/**
 * Run in a separate JVM by {@link OtherProcessTest}: as the auditor {@value #ACTOR}, records a statement
 * on one case of a campaign and says so.
 *
 * <p>Arguments: data directory, server URL or "" (see {@link ChildStore}), campaign id, case index.
 */
public final class CaseStepMain {

    public static final String ACTOR = "anderer-prozess";
    public static final String RECORDED = "recorded";

    private CaseStepMain() {
    }

    public static void main(String[] args) {
        try (AuditStore store = ChildStore.open(args[0], args[1])) {
            store.setActor(ACTOR);
            Campaign campaign = store.campaigns().load(Long.parseLong(args[2])).orElseThrow();
            AuditCase auditCase = campaign.getCases().get(Integer.parseInt(args[3]));
            Statement statement = ModelSamples.statement();
            statement.setSummary("aus dem anderen Prozess");
            auditCase.getStatements().add(statement);
            store.campaigns().save(auditCase, List::of);
            System.out.println(RECORDED);
        }
    }
}
