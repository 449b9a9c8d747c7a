/** The New Campaign wizard and Draw Sample: template, title, the members chosen and previewed before anything is stored. */
package org.auditbench.ui.internal.campaigns.wizard;
