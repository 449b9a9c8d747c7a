package org.auditbench.scan.internal;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.auditbench.scan.Fact;

/** The facts of one target; lookups fall through to the facts of its host and domain. */
final class FactScope {

    private final FactScope parent;
    private final Map<String, Object> facts = new ConcurrentHashMap<>();

    FactScope(FactScope parent) {
        this.parent = parent;
    }

    <T> Optional<T> get(Fact<T> fact) {
        Object value = facts.get(fact.name());
        if (value != null) {
            return Optional.of(fact.type().cast(value));
        }
        return parent == null ? Optional.empty() : parent.get(fact);
    }

    boolean has(String factName) {
        return facts.containsKey(factName) || parent != null && parent.has(factName);
    }

    <T> void put(Fact<T> fact, T value) {
        facts.put(fact.name(), fact.type().cast(value));
    }
}
