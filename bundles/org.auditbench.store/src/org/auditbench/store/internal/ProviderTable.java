package org.auditbench.store.internal;

import java.sql.SQLException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.auditbench.model.AuditFactory;
import org.auditbench.model.Provider;

/**
 * Providers (autonomous systems) are shared by all scan runs: one row per AS number, however many
 * addresses and runs point to it. Within one transaction this remembers what it has looked up.
 */
public final class ProviderTable {

    private final Tx tx;
    private final Map<Long, Long> idByAsNumber = new HashMap<>();

    public ProviderTable(Tx tx) {
        this.tx = tx;
    }

    /** The row of {@code provider}: found by id or AS number, else inserted; the object gets the id. */
    public Long idOf(Provider provider) throws SQLException {
        if (provider == null) {
            return null;
        }
        if (provider.getId() != 0) {
            return provider.getId();
        }
        long asNumber = provider.getAsNumber();
        Long known = asNumber == 0 ? null : idByAsNumber.get(asNumber);
        if (known == null && asNumber != 0) {
            long stored = tx.number("SELECT id FROM provider WHERE as_number = ?", 0, asNumber);
            known = stored == 0 ? null : stored;
        }
        if (known != null) {
            // What the scan learnt now about the organisation wins over what was stored before.
            tx.checkLength("provider", "organisation", provider.getOrganisation());
            tx.checkLength("provider", "country", provider.getCountry());
            tx.update("UPDATE provider SET organisation = COALESCE(?, organisation), country = COALESCE(?, country) WHERE id = ?",
                    provider.getOrganisation(), provider.getCountry(), known);
            tx.assignId(provider, known);
        } else {
            tx.insertRow(provider, "provider", "as_number, organisation, country", asNumber == 0 ? null : asNumber,
                    provider.getOrganisation(), provider.getCountry());
        }
        if (asNumber != 0) {
            idByAsNumber.put(asNumber, provider.getId());
        }
        return provider.getId();
    }

    public static Map<Long, Provider> readAll(Tx tx) throws SQLException {
        Map<Long, Provider> result = new LinkedHashMap<>();
        tx.forEach("SELECT id, as_number, organisation, country FROM provider ORDER BY id", row -> {
            Provider provider = AuditFactory.eINSTANCE.createProvider();
            provider.setId(row.number("id"));
            provider.setAsNumber(row.number("as_number"));
            provider.setOrganisation(row.text("organisation"));
            provider.setCountry(row.text("country"));
            result.put(provider.getId(), provider);
        });
        return result;
    }
}
