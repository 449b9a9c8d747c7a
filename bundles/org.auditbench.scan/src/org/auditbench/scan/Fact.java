package org.auditbench.scan;

import java.util.Objects;

/**
 * A named, typed piece of knowledge that one check produces and others need, for example the open ports
 * of an address. The name is what the extension point's {@code needs} and {@code produces} list; any
 * bundle may define its own facts (prefix them with the bundle's short name, e.g. {@code exchange.build}).
 * Facts of a domain are visible to its host and address checks; facts of a host to its address checks.
 */
public record Fact<T>(String name, Class<T> type) {

    public Fact {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }

    public static <T> Fact<T> of(String name, Class<T> type) {
        return new Fact<>(name, type);
    }

    @Override
    public String toString() {
        return name;
    }
}
