package org.auditbench.scan;

import org.auditbench.model.PortStatus;

/**
 * What one TCP connect found: open (accepted), closed (refused) or filtered (no answer within the
 * timeout, or unreachable), with a note for the evidence ("refused in 0.2 ms").
 */
public record PortProbe(int port, PortStatus status, String note) {
}
