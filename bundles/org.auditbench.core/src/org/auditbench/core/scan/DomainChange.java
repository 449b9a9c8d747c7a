package org.auditbench.core.scan;

/**
 * One change of one mail domain between an earlier and a later scan run. {@code before} is null for
 * something that appeared, {@code after} null for something that vanished; {@code subject} names what
 * changed where a domain has several (an address, a check and its target).
 */
public record DomainChange(String domain, ChangeAspect aspect, String subject, String before, String after) {

    @Override
    public String toString() {
        return domain + " " + aspect + (subject.isEmpty() ? "" : " " + subject) + ": "
                + (before == null ? "-" : before) + " -> " + (after == null ? "-" : after);
    }
}
