package org.auditbench.scan;

import java.util.List;

/**
 * Who announces an address (from an IP-to-ASN service such as Team Cymru's DNS zone).
 *
 * @param asNumbers the origin AS numbers (several when more than one AS announces the prefix)
 * @param prefix the announced prefix, e.g. "13.64.0.0/11"
 * @param country the country code of the registration
 * @param organisation the AS name of the first AS, e.g. "Microsoft Corporation"
 */
public record ProviderInfo(List<Long> asNumbers, String prefix, String country, String organisation) {

    public ProviderInfo {
        asNumbers = List.copyOf(asNumbers);
        // registry texts come from DNS: bounded like every text from the network
        prefix = TextBounds.cut(prefix, TextBounds.NAME);
        country = TextBounds.cut(country, TextBounds.NAME);
        organisation = TextBounds.cut(organisation, TextBounds.NAME);
    }

    /** As the letters show it: "Microsoft Corporation (AS8075)". */
    public String display() {
        String as = asNumbers.stream().map(n -> "AS" + n).reduce((a, b) -> a + ", " + b).orElse("");
        return organisation == null || organisation.isBlank() ? as : organisation + " (" + as + ")";
    }
}
