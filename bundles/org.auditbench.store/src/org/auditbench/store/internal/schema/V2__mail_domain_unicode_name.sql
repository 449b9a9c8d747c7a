-- Auditbench schema version 2: mail domains also in their Unicode form, so that letters and reports
-- reading the tables directly show international domain names as people write them.
-- The migration fills the column for existing rows in Java (IDN conversion is not SQL).

ALTER TABLE mail_domain ADD COLUMN unicode_name VARCHAR(253);
