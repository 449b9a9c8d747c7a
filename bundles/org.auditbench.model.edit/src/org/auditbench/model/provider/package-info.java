/**
 * EMF.Edit's generated item providers of the audit model: labels, icons (icons/full/obj16, the
 * project's own from icons/own) and property descriptors, in English and German (plugin_en,
 * plugin_de).
 */
package org.auditbench.model.provider;
