/**
 * The store's commands (import, export, backup, restore, status, demo) and the store benchmark.
 */
package org.auditbench.cli.internal.store;
