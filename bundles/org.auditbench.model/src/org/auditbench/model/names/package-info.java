/**
 * Mail domain names, one rule set for the whole application: the model's Unicode names, the store,
 * the import, the institution editor, the scan and its command line all read and write them through
 * {@link org.auditbench.model.names.MailDomainNames}. Written by hand (the model beside it is generated).
 */
package org.auditbench.model.names;
