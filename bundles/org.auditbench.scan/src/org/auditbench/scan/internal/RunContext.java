package org.auditbench.scan.internal;

import java.util.Optional;
import java.util.function.BooleanSupplier;

import org.auditbench.scan.CheckContext;
import org.auditbench.scan.Fact;
import org.auditbench.scan.Facts;
import org.auditbench.scan.MailHost;
import org.auditbench.scan.MailServers;
import org.auditbench.scan.Network;
import org.auditbench.scan.ScanSettings;
import org.auditbench.scan.ScanTarget;

/** The context of one check run on one target. */
final class RunContext implements CheckContext {

    private final ScanTarget target;
    private final ScanSettings settings;
    private final FactScope facts;
    private final GuardedNetwork network;
    private final ScopeGuard scope;
    private final BooleanSupplier cancelled;

    RunContext(ScanTarget target, ScanSettings settings, FactScope facts, GuardedNetwork network, ScopeGuard scope,
            BooleanSupplier cancelled) {
        this.target = target;
        this.settings = settings;
        this.facts = facts;
        this.network = network;
        this.scope = scope;
        this.cancelled = cancelled;
    }

    @Override
    public ScanTarget target() {
        return target;
    }

    @Override
    public ScanSettings settings() {
        return settings;
    }

    @Override
    public <T> Optional<T> fact(Fact<T> fact) {
        return facts.get(fact);
    }

    @Override
    public <T> T need(Fact<T> fact) {
        return facts.get(fact).orElseThrow(() -> new IllegalStateException("fact '" + fact + "' is missing; declare it in needs"));
    }

    @Override
    public <T> void put(Fact<T> fact, T value) {
        facts.put(fact, value);
        if (fact.equals(Facts.MAIL_SERVERS)) {
            // the mail hosts and their addresses are what the domain itself names: they are in scope
            for (MailHost host : ((MailServers) value).hosts()) {
                scope.addMailHost(host.host(), host.addresses());
            }
        }
    }

    @Override
    public Network network() {
        return network;
    }

    @Override
    public boolean isCancelled() {
        return cancelled.getAsBoolean() || Thread.currentThread().isInterrupted();
    }
}
