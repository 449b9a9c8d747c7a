/**
 * The engine's machinery: the plan of checks ordered by facts, one run per domain on virtual
 * threads, the scope guard and the address ranges it judges, network limits and the watchdog, the
 * connect scan, and writing results into the model; not API.
 */
package org.auditbench.scan.internal;
