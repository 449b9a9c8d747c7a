-- Auditbench schema version 3: texts whose length the store does not choose get room. A hostile or
-- careless peer sends greetings, SPF records or MX lists of many thousand characters; the scan cuts them
-- where it reads them (at most 8,000 characters, marked as cut), and these columns hold twice that and
-- more. The audit trail's detail may copy a long text (an assessment's reasons); it keeps the first
-- 32,000 characters of it, marked as cut. Host names hold escaped bytes (\DDD), so more than 253.
-- Enlarging a VARCHAR keeps every row and is the same statement in Derby and PostgreSQL.

ALTER TABLE observation ALTER COLUMN summary SET DATA TYPE VARCHAR(32000);
ALTER TABLE observation ALTER COLUMN target SET DATA TYPE VARCHAR(2000);
ALTER TABLE net_address ALTER COLUMN smtp_banner SET DATA TYPE VARCHAR(32000);
ALTER TABLE mail_server ALTER COLUMN host SET DATA TYPE VARCHAR(1100);
ALTER TABLE provider ALTER COLUMN organisation SET DATA TYPE VARCHAR(32000);
ALTER TABLE provider ALTER COLUMN country SET DATA TYPE VARCHAR(32000);
ALTER TABLE audit_event ALTER COLUMN detail SET DATA TYPE VARCHAR(32000);
