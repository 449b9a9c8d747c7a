/**
 * What UI tests may rely on: the widget ids (WidgetIds) the workbench sets on the controls it
 * creates.
 */
package org.auditbench.ui;
