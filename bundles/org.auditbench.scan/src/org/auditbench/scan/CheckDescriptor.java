package org.auditbench.scan;

import java.util.Objects;
import java.util.Set;

/**
 * A check as contributed: its identity, what it works on, the facts it needs and produces, whether it
 * is on by default, and the instance.
 */
public record CheckDescriptor(String id, String name, String description, TargetKind target, Set<String> needs,
        Set<String> produces, boolean enabledByDefault, Check check) {

    public CheckDescriptor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(check, "check");
        name = name == null ? id : name;
        description = description == null ? "" : description;
        needs = Set.copyOf(needs);
        produces = Set.copyOf(produces);
    }
}
