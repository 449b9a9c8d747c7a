/**
 * The workbench application: advisors, the Audit perspective, menus and actions, preferences, the
 * about dialog and the start-up probe; not API.
 */
package org.auditbench.ui.internal;
