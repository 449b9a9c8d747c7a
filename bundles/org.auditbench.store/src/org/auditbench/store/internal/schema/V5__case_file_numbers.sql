-- Auditbench schema version 5: a campaign numbers its cases' files (Aktenzeichen) by a pattern such as
-- {year}-EX-{seq:3}; each case keeps the number it got when it joined. Cases from before have none and
-- their letters keep printing the institution's file number.

ALTER TABLE campaign ADD COLUMN file_number_pattern VARCHAR(100);
ALTER TABLE audit_case ADD COLUMN file_number VARCHAR(100);
