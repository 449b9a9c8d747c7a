-- Auditbench schema version 4: several auditors on one server. Institutions, campaigns and cases are
-- what people edit; each of their rows counts its saves and keeps who saved last and when. A save
-- names the version it read and is refused when the row has moved on (optimistic locking). Letters,
-- statements and assessments are saved within their case and move its version.

ALTER TABLE institution ADD COLUMN row_version BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE institution ADD COLUMN changed_by VARCHAR(200);
ALTER TABLE institution ADD COLUMN changed_at TIMESTAMP;
ALTER TABLE campaign ADD COLUMN row_version BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE campaign ADD COLUMN changed_by VARCHAR(200);
ALTER TABLE campaign ADD COLUMN changed_at TIMESTAMP;
ALTER TABLE audit_case ADD COLUMN row_version BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE audit_case ADD COLUMN changed_by VARCHAR(200);
ALTER TABLE audit_case ADD COLUMN changed_at TIMESTAMP;
