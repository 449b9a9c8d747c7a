/**
 * The workbench's one store (opened at start-up, demo data into an empty database) and its change
 * notification to views.
 */
package org.auditbench.ui.internal.store;
