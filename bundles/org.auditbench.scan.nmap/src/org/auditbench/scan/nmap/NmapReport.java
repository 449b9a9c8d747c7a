package org.auditbench.scan.nmap;

import java.util.List;

/**
 * What nmap's XML output (-oX) says about the scanned ports and the scripts run on them.
 *
 * @param version nmap's version ("7.93")
 * @param args the command line nmap records
 * @param ports every port of every host, in output order
 * @param foldedState the state of the ports nmap folded into {@code <extraports>} ("closed" ...), or empty
 * @param timedOut nmap gave up on a host (its --host-timeout passed)
 */
public record NmapReport(String version, String args, List<Port> ports, String foldedState, boolean timedOut) {

    public NmapReport {
        ports = List.copyOf(ports);
        foldedState = foldedState == null ? "" : foldedState;
    }

    /** The state nmap gives a port, listed or folded; empty when nmap did not mention it. */
    public String state(int port) {
        return ports.stream().filter(p -> p.number() == port).map(Port::state).findFirst().orElse(foldedState);
    }

    /** One port: its state ("open", "closed", "filtered") and the scripts that ran on it. */
    public record Port(int number, String protocol, String state, List<Script> scripts) {
        public Port {
            scripts = List.copyOf(scripts);
        }
    }

    /**
     * One script's result.
     *
     * @param states every {@code <elem key="state">} of its tables (the vulns library's "VULNERABLE",
     *        "NOT VULNERABLE", "LIKELY VULNERABLE" ...)
     */
    public record Script(String id, String output, List<String> states) {
        public Script {
            states = List.copyOf(states);
        }
    }
}
