-- A deadline counted across a year whose State Council holiday schedule is not entered yet is provisional
-- (legal-rules §1): the year is kept so that the case is found and recomputed the moment that year is entered.
-- NULL means final. Most cases are final, so the index holds few entries per year and the recomputation and the
-- administrators' warning read only those.
ALTER TABLE cases_case ADD COLUMN deadline_provisional_year INTEGER;
ALTER TABLE cases_case ADD COLUMN risk_due_provisional_year INTEGER;
CREATE INDEX ix_case_deadline_provisional ON cases_case (deadline_provisional_year, in_progress);
CREATE INDEX ix_case_risk_due_provisional ON cases_case (risk_due_provisional_year, in_progress);

-- A change of the working-day calendar asks for the open cases whose deadlines it may move to be counted again.
-- The request is kept until done, so the recount survives a restart and is done once whichever server picks it up:
-- each chunk moves after_case_id on under the row's version, and a server that lost the race rolls its chunk back.
-- A sequence, not an identity column: EclipseLink reads identities back with a function H2 2 no longer has.
CREATE SEQUENCE cases_deadline_recount_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE cases_deadline_recount (
    id             BIGINT      PRIMARY KEY,
    calendar_year  INTEGER     NOT NULL,
    first_day      DATE        NOT NULL,
    last_day       DATE        NOT NULL,
    requested_at   TIMESTAMP   NOT NULL,
    requested_by   VARCHAR(64) NOT NULL,
    after_case_id  BIGINT      NOT NULL DEFAULT 0,
    cases_changed  INTEGER     NOT NULL DEFAULT 0,
    done_at        TIMESTAMP,
    version        BIGINT      NOT NULL DEFAULT 0
);
CREATE INDEX ix_deadline_recount_pending ON cases_deadline_recount (done_at, id);
