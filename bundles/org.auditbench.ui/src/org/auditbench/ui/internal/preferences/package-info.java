/** The preference pages of the authority and the data folder (Window > Preferences > Auditbench). */
package org.auditbench.ui.internal.preferences;
