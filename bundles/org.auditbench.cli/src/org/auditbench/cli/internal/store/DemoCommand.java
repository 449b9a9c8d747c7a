package org.auditbench.cli.internal.store;

import java.util.List;

import org.auditbench.cli.CliContext;
import org.auditbench.cli.ExitCode;
import org.auditbench.io.DemoData;
import org.auditbench.store.AuditStore;
import org.auditbench.store.StoreOptions;
import org.eclipse.core.runtime.NullProgressMonitor;

/**
 * {@code auditbench demo}: loads the demo institutions into a store nothing was saved in yet. The command
 * line does not load them by itself: a first {@code import} of real data should not find demo rows.
 */
public final class DemoCommand extends StoreCommand {

    @Override
    public String usage() {
        return PASSWORD_USAGE.strip() + "   load the demo data set (fictional institutions) into an empty store";
    }

    @Override
    protected int run(List<String> args, StoreOptions options, CliContext context) throws Exception {
        noArguments(args);
        try (AuditStore store = open(options, context)) {
            int loaded = DemoData.loadIfEmpty(store, new NullProgressMonitor());
            context.out().println(loaded > 0 ? loaded + " demo institution(s) loaded"
                    : "the store is not empty: demo data not loaded");
        }
        return ExitCode.OK;
    }
}
