/**
 * Import of the register of institutions from CSV and XLSX (all or nothing, every problem with its
 * line), its CSV export, the demo data set and the rules for mail domain names.
 */
package org.auditbench.io;
