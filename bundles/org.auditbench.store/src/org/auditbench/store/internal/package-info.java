/**
 * The store's tables, transactions, migrations and the dialect seam (DerbyDialect, PostgresDialect), row versions, the store copy: readable
 * tables with enumerations by literal name, every save one transaction with its audit event; not
 * API.
 */
package org.auditbench.store.internal;
