/**
 * The store's tables, transactions, migrations and the dialect seam (DerbyDialect): readable
 * tables with enumerations by literal name, every save one transaction with its audit event; not
 * API.
 */
package org.auditbench.store.internal;
