package org.auditbench.scan.exchange;

import java.time.LocalDate;

/**
 * The Exchange products by their support life, as Microsoft's lifecycle pages (and CSS-Exchange's
 * {@code extendedSupportDate}) give it. The paid Extended Security Updates for 2016 and 2019 are no
 * support: they were not public and ended in October 2026 without further extension.
 */
public enum ExchangeProduct {
    /** Exchange 2010 and older: long without support (2010 ended 2020-10-13). */
    OLDER("Exchange 2010 or older", LocalDate.of(2020, 10, 13)),
    EXCHANGE_2013("Exchange 2013", LocalDate.of(2023, 4, 11)),
    EXCHANGE_2016("Exchange 2016", LocalDate.of(2025, 10, 14)),
    EXCHANGE_2019("Exchange 2019", LocalDate.of(2025, 10, 14)),
    /** Exchange Server Subscription Edition: supported while updated (Modern Lifecycle Policy). */
    SE("Exchange SE", null);

    /** CSS-Exchange's rule: 15.2 builds from 2562 on are Exchange SE (2019 CU15 is 1748). */
    static final int FIRST_SE_BUILD = 2562;

    private final String label;
    private final LocalDate lastDayOfSupport;

    ExchangeProduct(String label, LocalDate lastDayOfSupport) {
        this.label = label;
        this.lastDayOfSupport = lastDayOfSupport;
    }

    public static ExchangeProduct of(ExchangeBuild build) {
        if (build.major() < 15) {
            return OLDER;
        }
        return switch (build.minor()) {
            case 0 -> EXCHANGE_2013;
            case 1 -> EXCHANGE_2016;
            default -> build.build() >= FIRST_SE_BUILD ? SE : EXCHANGE_2019;
        };
    }

    /** As the build table names the product ("Exchange 2016", "Exchange SE"). */
    public String label() {
        return label;
    }

    /** The last day of (extended) support, {@code null} for a product still supported. */
    public LocalDate lastDayOfSupport() {
        return lastDayOfSupport;
    }

    public boolean supportedOn(LocalDate day) {
        return lastDayOfSupport == null || !day.isAfter(lastDayOfSupport);
    }
}
