package org.auditbench.ui.internal.campaigns;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.auditbench.core.gaps.Gap;
import org.auditbench.model.AuditCase;
import org.auditbench.ui.internal.store.WorkbenchStore;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;

/** Record Statement: the statement dialog for the case selected in the Campaigns or Deadlines view, then the gaps found in it; enabled while a letter is out (plugin.xml). */
public final class RecordStatementHandler extends CaseHandler {

    public static final String COMMAND_ID = "org.auditbench.ui.commands.recordStatement";

    public RecordStatementHandler() {
        super(Messages.Statement_title);
    }

    @Override
    void execute(Shell shell, AuditCase auditCase) {
        StatementDialog dialog = new StatementDialog(shell, auditCase);
        if (dialog.open() != Window.OK) {
            return;
        }
        WorkbenchStore.changed();
        List<Gap> gaps = dialog.gaps();
        String institution = CaseWork.institution(auditCase);
        if (gaps.isEmpty()) {
            MessageDialog.openInformation(shell, Messages.Statement_title, NLS.bind(Messages.Statement_noGaps, institution));
        } else {
            String list = gaps.stream().map(g -> "\u2022 " + g.message().in(Locale.getDefault())).collect(Collectors.joining("\n"));
            MessageDialog.openWarning(shell, Messages.Statement_title, NLS.bind(Messages.Statement_gaps, new Object[] { institution, gaps.size(), list }));
        }
    }
}
