-- Auditbench schema version 1: one table per concept of the audit model, readable column names.
-- Enumerations are stored by their literal names (e.g. 'VULNERABLE') so reports can read them.
-- ${text} and ${bytes} are replaced by the dialect (Derby: CLOB, BLOB).

CREATE TABLE schema_version (
    version INTEGER NOT NULL PRIMARY KEY,
    description VARCHAR(200) NOT NULL,
    applied_at TIMESTAMP NOT NULL
);

CREATE TABLE institution (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name VARCHAR(300) NOT NULL,
    kind VARCHAR(100),
    street VARCHAR(200),
    postcode VARCHAR(20),
    city VARCHAR(100),
    contact_person VARCHAR(200),
    contact_email VARCHAR(254),
    file_number VARCHAR(100),
    reported_breach BOOLEAN NOT NULL
);
CREATE INDEX institution_by_name ON institution (name);

CREATE TABLE mail_domain (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    institution_id BIGINT NOT NULL REFERENCES institution (id) ON DELETE CASCADE,
    name VARCHAR(253) NOT NULL,
    CONSTRAINT mail_domain_unique UNIQUE (name)
);
CREATE INDEX mail_domain_by_institution ON mail_domain (institution_id);

CREATE TABLE provider (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    as_number BIGINT,
    organisation VARCHAR(300),
    country VARCHAR(100),
    CONSTRAINT provider_as_number_unique UNIQUE (as_number)
);

CREATE TABLE campaign (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    title VARCHAR(300) NOT NULL,
    template_id VARCHAR(100),
    vulnerability_references VARCHAR(2000),
    legal_basis VARCHAR(1000),
    created_on TIMESTAMP,
    scan_phase_start TIMESTAMP,
    scan_phase_end TIMESTAMP,
    letter_date TIMESTAMP,
    deadline TIMESTAMP,
    selection_rule ${text},
    selection_seed BIGINT NOT NULL
);

CREATE TABLE scan_run (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    started_at TIMESTAMP,
    finished_at TIMESTAMP,
    status VARCHAR(30) NOT NULL,
    settings ${text},
    tool_version VARCHAR(100),
    campaign_id BIGINT REFERENCES campaign (id) ON DELETE SET NULL,
    previous_run_id BIGINT REFERENCES scan_run (id) ON DELETE SET NULL
);

CREATE TABLE domain_scan (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    scan_run_id BIGINT NOT NULL REFERENCES scan_run (id) ON DELETE CASCADE,
    institution_id BIGINT REFERENCES institution (id) ON DELETE SET NULL,
    domain_name VARCHAR(253) NOT NULL,
    checked_at TIMESTAMP,
    mx_kind VARCHAR(30) NOT NULL
);
CREATE INDEX domain_scan_by_run ON domain_scan (scan_run_id);
CREATE INDEX domain_scan_by_institution ON domain_scan (institution_id, domain_name);

CREATE TABLE mail_server (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    domain_scan_id BIGINT NOT NULL REFERENCES domain_scan (id) ON DELETE CASCADE,
    host VARCHAR(253),
    preference INTEGER NOT NULL,
    implicit_mx BOOLEAN NOT NULL
);
CREATE INDEX mail_server_by_domain_scan ON mail_server (domain_scan_id);

CREATE TABLE net_address (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    mail_server_id BIGINT NOT NULL REFERENCES mail_server (id) ON DELETE CASCADE,
    ip VARCHAR(45) NOT NULL,
    provider_id BIGINT REFERENCES provider (id),
    server_kind VARCHAR(30) NOT NULL,
    smtp_banner VARCHAR(4000),
    start_tls BOOLEAN NOT NULL
);
CREATE INDEX net_address_by_mail_server ON net_address (mail_server_id);

CREATE TABLE port_state (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    net_address_id BIGINT NOT NULL REFERENCES net_address (id) ON DELETE CASCADE,
    port INTEGER NOT NULL,
    state VARCHAR(30) NOT NULL
);
CREATE INDEX port_state_by_net_address ON port_state (net_address_id);

CREATE TABLE observation (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    domain_scan_id BIGINT NOT NULL REFERENCES domain_scan (id) ON DELETE CASCADE,
    check_id VARCHAR(200) NOT NULL,
    target VARCHAR(500),
    status VARCHAR(30) NOT NULL,
    summary VARCHAR(4000),
    evidence ${text},
    observed_at TIMESTAMP,
    duration_millis BIGINT NOT NULL
);
CREATE INDEX observation_by_domain_scan ON observation (domain_scan_id);

CREATE TABLE audit_case (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    campaign_id BIGINT NOT NULL REFERENCES campaign (id) ON DELETE CASCADE,
    institution_id BIGINT REFERENCES institution (id),
    selection_reason VARCHAR(30) NOT NULL,
    state VARCHAR(30) NOT NULL
);
CREATE INDEX audit_case_by_campaign ON audit_case (campaign_id);

CREATE TABLE letter (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    audit_case_id BIGINT NOT NULL REFERENCES audit_case (id) ON DELETE CASCADE,
    kind VARCHAR(30) NOT NULL,
    generated_at TIMESTAMP,
    sent_on TIMESTAMP,
    deadline TIMESTAMP,
    document_name VARCHAR(500)
);
CREATE INDEX letter_by_case ON letter (audit_case_id);

CREATE TABLE statement (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    audit_case_id BIGINT NOT NULL REFERENCES audit_case (id) ON DELETE CASCADE,
    received_on TIMESTAMP,
    kind VARCHAR(30) NOT NULL,
    summary ${text},
    monitoring ${text},
    refusal_reason ${text}
);
CREATE INDEX statement_by_case ON statement (audit_case_id);

CREATE TABLE measure (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    statement_id BIGINT NOT NULL REFERENCES statement (id) ON DELETE CASCADE,
    taken_on TIMESTAMP,
    kind VARCHAR(30) NOT NULL,
    description ${text}
);
CREATE INDEX measure_by_statement ON measure (statement_id);

CREATE TABLE attachment (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    statement_id BIGINT NOT NULL REFERENCES statement (id) ON DELETE CASCADE,
    file_name VARCHAR(500),
    media_type VARCHAR(200),
    size_bytes BIGINT NOT NULL,
    content ${bytes}
);
CREATE INDEX attachment_by_statement ON attachment (statement_id);

CREATE TABLE assessment (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    audit_case_id BIGINT NOT NULL REFERENCES audit_case (id) ON DELETE CASCADE,
    verdict VARCHAR(30) NOT NULL,
    reasons ${text},
    assessed_on TIMESTAMP,
    assessor VARCHAR(200),
    CONSTRAINT assessment_one_per_case UNIQUE (audit_case_id)
);

CREATE TABLE follow_up (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    assessment_id BIGINT NOT NULL REFERENCES assessment (id) ON DELETE CASCADE,
    action VARCHAR(2000),
    due_date TIMESTAMP,
    done BOOLEAN NOT NULL
);
CREATE INDEX follow_up_by_assessment ON follow_up (assessment_id);

CREATE TABLE audit_event (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    occurred_at TIMESTAMP NOT NULL,
    actor VARCHAR(200) NOT NULL,
    action VARCHAR(50) NOT NULL,
    subject_type VARCHAR(50) NOT NULL,
    subject_id BIGINT NOT NULL,
    detail VARCHAR(4000)
);
CREATE INDEX audit_event_by_subject ON audit_event (subject_type, subject_id);
