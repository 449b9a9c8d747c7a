package org.auditbench.scan.nmap;

import java.util.List;

/**
 * What nmap's XML output (-oX) says about the scanned ports and the scripts run on them.
 *
 * @param version nmap's version ("7.93")
 * @param args the command line nmap records
 * @param ports every port of every host, in output order
 */
public record NmapReport(String version, String args, List<Port> ports) {

    public NmapReport {
        ports = List.copyOf(ports);
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
