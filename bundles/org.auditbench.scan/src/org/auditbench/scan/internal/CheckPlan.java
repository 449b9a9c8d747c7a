package org.auditbench.scan.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.auditbench.scan.CheckDescriptor;
import org.auditbench.scan.ScanSettings;
import org.auditbench.scan.TargetKind;

/**
 * The enabled checks per target kind, in waves: a check comes in the wave after the last producer of
 * a fact it needs (producers of the same target kind; facts of the domain or host are there before).
 * The checks of one wave are independent of each other.
 */
public final class CheckPlan {

    private final Map<TargetKind, List<List<CheckDescriptor>>> waves;

    private CheckPlan(Map<TargetKind, List<List<CheckDescriptor>>> waves) {
        this.waves = waves;
    }

    /**
     * @throws IllegalArgumentException when ids repeat or the facts of one target kind form a cycle
     */
    public static CheckPlan of(List<CheckDescriptor> checks, ScanSettings settings) {
        Set<String> ids = new HashSet<>();
        for (CheckDescriptor check : checks) {
            if (!ids.add(check.id())) {
                throw new IllegalArgumentException("check id '" + check.id() + "' is contributed twice");
            }
        }
        Map<TargetKind, List<List<CheckDescriptor>>> waves = new EnumMap<>(TargetKind.class);
        for (TargetKind kind : TargetKind.values()) {
            List<CheckDescriptor> enabled = checks.stream()
                    .filter(c -> c.target() == kind && settings.runs(c.id(), c.enabledByDefault())).toList();
            waves.put(kind, order(enabled));
        }
        return new CheckPlan(waves);
    }

    private static List<List<CheckDescriptor>> order(List<CheckDescriptor> checks) {
        Map<String, List<CheckDescriptor>> producers = new HashMap<>();
        for (CheckDescriptor check : checks) {
            for (String fact : check.produces()) {
                producers.computeIfAbsent(fact, f -> new ArrayList<>()).add(check);
            }
        }
        Map<CheckDescriptor, Integer> level = new HashMap<>();
        for (CheckDescriptor check : checks) {
            levelOf(check, producers, level, new HashSet<>());
        }
        List<List<CheckDescriptor>> waves = new ArrayList<>();
        for (CheckDescriptor check : checks) {
            int n = level.get(check);
            while (waves.size() <= n) {
                waves.add(new ArrayList<>());
            }
            waves.get(n).add(check);
        }
        return waves.stream().map(List::copyOf).toList();
    }

    private static int levelOf(CheckDescriptor check, Map<String, List<CheckDescriptor>> producers,
            Map<CheckDescriptor, Integer> level, Set<CheckDescriptor> visiting) {
        Integer known = level.get(check);
        if (known != null) {
            return known;
        }
        if (!visiting.add(check)) {
            throw new IllegalArgumentException("the facts needed by check '" + check.id() + "' depend on itself");
        }
        int n = 0;
        for (String fact : check.needs()) {
            for (CheckDescriptor producer : producers.getOrDefault(fact, List.of())) {
                if (producer != check) {
                    n = Math.max(n, levelOf(producer, producers, level, visiting) + 1);
                }
            }
        }
        visiting.remove(check);
        level.put(check, n);
        return n;
    }

    public List<List<CheckDescriptor>> waves(TargetKind kind) {
        return waves.get(kind);
    }

    public List<CheckDescriptor> all() {
        List<CheckDescriptor> all = new ArrayList<>();
        for (TargetKind kind : TargetKind.values()) {
            waves.get(kind).forEach(all::addAll);
        }
        return all;
    }
}
