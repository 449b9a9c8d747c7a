/**
 * The project's own UI test driver on SWT's Display API (SWTBot is not on Maven Central): find
 * widgets by id, text or type, post real mouse and key events, wait for conditions with a timeout,
 * screenshots (also on failure).
 */
package org.auditbench.testing.ui;
