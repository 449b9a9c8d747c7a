/**
 * The headless Equinox application: command registry and runner (one line on standard error and a
 * non-zero exit code for every failure), help, bench and the start-up benchmark.
 */
package org.auditbench.cli.internal;
