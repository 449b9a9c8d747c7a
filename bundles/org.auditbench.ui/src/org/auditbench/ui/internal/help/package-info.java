/** Help > Auditbench Guide: the bundled short guide through an audit, in German and English. */
package org.auditbench.ui.internal.help;
