-- The case card (案卡) and what hangs off it. Portable SQL for PostgreSQL 15 and H2 (PostgreSQL mode).
-- Organisation ids (procuratorate, department, team, staff) refer to the platform by value, not by
-- foreign key: the cases module does not reach into the platform's tables.

CREATE SEQUENCE cases_case_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE cases_detail_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE cases_case (
    id                        BIGINT PRIMARY KEY,
    case_number               VARCHAR(64)   NOT NULL,
    procuratorate_id          BIGINT        NOT NULL,
    business_type             VARCHAR(32)   NOT NULL,
    number_year               INT           NOT NULL,
    number_seq                INT           NOT NULL,
    agency_name               VARCHAR(100)  NOT NULL,
    agency_reference          VARCHAR(100)  NOT NULL,
    submission_hash           VARCHAR(64)   NOT NULL,
    received_date             DATE          NOT NULL,
    procedure_type            VARCHAR(16),
    guilty_plea               BOOLEAN       NOT NULL,
    possible_sentence_months  INT           NOT NULL,
    recommendation_min_months INT,
    recommendation_max_months INT,
    sensitive                 BOOLEAN       NOT NULL,
    supervisory_transfer      BOOLEAN       NOT NULL,
    major_complex             BOOLEAN       NOT NULL,
    summary                   VARCHAR(2000),
    complexity                VARCHAR(16)   NOT NULL,
    speed_track               VARCHAR(16)   NOT NULL,
    severity                  VARCHAR(16)   NOT NULL,
    standard_version          INT           NOT NULL,
    simple_category           VARCHAR(32),
    classification_zh         VARCHAR(1000) NOT NULL,
    classification_en         VARCHAR(1000) NOT NULL,
    department_id             BIGINT,
    team_id                   BIGINT,
    handler_id                BIGINT,
    assignment_zh             VARCHAR(500),
    assignment_en             VARCHAR(500),
    assigned_at               TIMESTAMP,
    stage                     VARCHAR(32)   NOT NULL,
    in_progress               BOOLEAN       NOT NULL,
    in_custody                BOOLEAN       NOT NULL,
    review_start              DATE          NOT NULL,
    review_period             VARCHAR(8),
    deadline                  DATE,
    deadline_zh               VARCHAR(500),
    deadline_en               VARCHAR(500),
    clock_stopped             BOOLEAN       NOT NULL,
    extension_days            INT           NOT NULL,
    extension_approved_by     VARCHAR(64),
    supplementary_returns     INT           NOT NULL,
    risk_level                VARCHAR(8)    NOT NULL CHECK (risk_level IN ('LOW', 'MEDIUM', 'HIGH')),
    risk_reason               VARCHAR(500),
    risk_assessed_by          VARCHAR(64),
    risk_assessed_at          TIMESTAMP,
    risk_due                  DATE,
    registered_at             TIMESTAMP     NOT NULL,
    registered_by             VARCHAR(64)   NOT NULL,
    decided_at                TIMESTAMP,
    closed_at                 TIMESTAMP,
    version                   BIGINT        NOT NULL,
    CONSTRAINT uq_case_number UNIQUE (procuratorate_id, case_number),
    CONSTRAINT uq_case_agency_reference UNIQUE (procuratorate_id, agency_name, agency_reference)
);
-- The home dashboard: in-progress cases of one handler, team, department or procuratorate, by deadline.
CREATE INDEX ix_case_handler_open ON cases_case (handler_id, in_progress, deadline);
CREATE INDEX ix_case_team_open ON cases_case (team_id, in_progress, deadline);
CREATE INDEX ix_case_department_open ON cases_case (department_id, in_progress, deadline);
CREATE INDEX ix_case_procuratorate_open ON cases_case (procuratorate_id, in_progress, deadline);
-- Statistics by period.
CREATE INDEX ix_case_procuratorate_received ON cases_case (procuratorate_id, received_date);

CREATE TABLE cases_suspect (
    id             BIGINT PRIMARY KEY,
    case_id        BIGINT       NOT NULL REFERENCES cases_case (id),
    ordinal        INT          NOT NULL,
    name           VARCHAR(100) NOT NULL,
    id_number      VARCHAR(32),
    age_at_offence INT          NOT NULL,
    minor          BOOLEAN      NOT NULL,
    custody_status VARCHAR(32)  NOT NULL,
    custody_since  DATE,
    CONSTRAINT uq_suspect_ordinal UNIQUE (case_id, ordinal)
);

CREATE TABLE cases_victim (
    id      BIGINT PRIMARY KEY,
    case_id BIGINT       NOT NULL REFERENCES cases_case (id),
    ordinal INT          NOT NULL,
    name    VARCHAR(100) NOT NULL,
    CONSTRAINT uq_victim_ordinal UNIQUE (case_id, ordinal)
);

CREATE TABLE cases_case_charge (
    case_id     BIGINT      NOT NULL REFERENCES cases_case (id),
    charge_code VARCHAR(16) NOT NULL,
    PRIMARY KEY (case_id, charge_code)
);
CREATE INDEX ix_case_charge_code ON cases_case_charge (charge_code, case_id);

CREATE TABLE cases_case_label (
    case_id BIGINT      NOT NULL REFERENCES cases_case (id),
    label   VARCHAR(32) NOT NULL,
    manual  BOOLEAN     NOT NULL,
    PRIMARY KEY (case_id, label)
);
CREATE INDEX ix_case_label ON cases_case_label (label, case_id);

-- The case's own history: every transition and assignment, in order (the audit trail holds the same
-- facts, hash-chained; this table serves the case page).
CREATE TABLE cases_case_event (
    id          BIGINT PRIMARY KEY,
    case_id     BIGINT        NOT NULL REFERENCES cases_case (id),
    occurred_at TIMESTAMP     NOT NULL,
    actor       VARCHAR(64)   NOT NULL,
    event_type  VARCHAR(32)   NOT NULL,
    from_stage  VARCHAR(32),
    to_stage    VARCHAR(32),
    detail      VARCHAR(1000)
);
CREATE INDEX ix_case_event_case ON cases_case_event (case_id, occurred_at);

CREATE TABLE cases_supplementary_return (
    id           BIGINT PRIMARY KEY,
    case_id      BIGINT       NOT NULL REFERENCES cases_case (id),
    ordinal      INT          NOT NULL CHECK (ordinal IN (1, 2)),
    returned_on  DATE         NOT NULL,
    came_back_on DATE,
    reason       VARCHAR(500) NOT NULL,
    CONSTRAINT uq_supplementary_ordinal UNIQUE (case_id, ordinal)
);

-- Gap-free case numbers: one row per procuratorate, business type and year, locked while a number is taken.
CREATE TABLE cases_number_sequence (
    procuratorate_id BIGINT      NOT NULL,
    business_type    VARCHAR(32) NOT NULL,
    number_year      INT         NOT NULL,
    last_value       INT         NOT NULL,
    PRIMARY KEY (procuratorate_id, business_type, number_year)
);

-- Open workload of each handler and team, kept in step with assignments so that balancing reads one
-- row per candidate instead of counting cases.
CREATE TABLE cases_workload (
    owner_kind  VARCHAR(8) NOT NULL CHECK (owner_kind IN ('STAFF', 'TEAM')),
    owner_id    BIGINT     NOT NULL,
    open_cases  INT        NOT NULL,
    open_weight INT        NOT NULL,
    PRIMARY KEY (owner_kind, owner_id)
);
