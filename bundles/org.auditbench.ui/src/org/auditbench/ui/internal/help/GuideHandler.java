package org.auditbench.ui.internal.help;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;

/** Help > Auditbench Guide. */
public final class GuideHandler extends AbstractHandler {

    public static final String COMMAND_ID = "org.auditbench.ui.commands.guide";

    @Override
    public Object execute(ExecutionEvent event) {
        new GuideDialog(HandlerUtil.getActiveShell(event)).open();
        return null;
    }
}
