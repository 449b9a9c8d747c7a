/**
 * The edit bundle's generated plug-in class (resource locator of its texts and icons); not API.
 */
package org.auditbench.model.edit.internal;
