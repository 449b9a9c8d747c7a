package org.auditbench.scan;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import org.auditbench.model.PortStatus;

/**
 * The TCP port states of one address: open (connect succeeded), closed (refused) or filtered/blocked
 * (no answer within the timeout, or unreachable).
 */
public record PortScan(SortedMap<Integer, PortStatus> states) {

    public PortScan(Map<Integer, PortStatus> states) {
        this(new TreeMap<>(states));
    }

    public PortScan {
        states = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(states));
    }

    public boolean isOpen(int port) {
        return states.get(port) == PortStatus.OPEN;
    }

    /** The state of a scanned port, or {@code null} when it was not scanned. */
    public PortStatus state(int port) {
        return states.get(port);
    }

    public List<Integer> ports(PortStatus status) {
        return states.entrySet().stream().filter(e -> e.getValue() == status).map(Map.Entry::getKey).toList();
    }
}
