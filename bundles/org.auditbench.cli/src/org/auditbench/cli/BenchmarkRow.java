package org.auditbench.cli;

/**
 * One measured figure: what was measured, the value with its unit, the target it must reach (free
 * text such as "< 5 s") and whether it did.
 */
public record BenchmarkRow(String measure, double value, String unit, String target, boolean met) {
}
