-- Published versions of the classification standard (分类标准) used by triage at intake. The definition is the
-- standard as JSON; a row is never changed except for the active flag, because cases keep the version that
-- classified them. The application seeds version 1 from its default standard when the table is empty and assigns
-- ids and versions as max + 1: publishing is a rare administrative act, and the unique version turns two
-- simultaneous publications into an error rather than two versions with one number.

CREATE TABLE cases_triage_standard (
    id          BIGINT       PRIMARY KEY,
    version     INT          NOT NULL,
    definition  TEXT         NOT NULL,
    created_at  TIMESTAMP    NOT NULL,
    created_by  VARCHAR(64)  NOT NULL,
    note        VARCHAR(500),
    active      BOOLEAN      NOT NULL,
    CONSTRAINT uq_cases_triage_standard_version UNIQUE (version)
);
CREATE INDEX ix_cases_triage_standard_active ON cases_triage_standard (active);
