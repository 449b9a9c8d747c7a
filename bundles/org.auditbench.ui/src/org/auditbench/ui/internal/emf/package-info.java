/**
 * The project's small JFace glue for EMF.Edit (EMF's UI bundles are not on Maven Central): label,
 * content and property source providers speaking through the model's item providers.
 */
package org.auditbench.ui.internal.emf;
