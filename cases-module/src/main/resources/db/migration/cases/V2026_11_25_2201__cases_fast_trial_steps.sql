-- Progress of a simple case through the fast-trial team's centralised steps (集中告知、具结、听证、起诉).
-- One row per case that took at least one step; the case row itself is left to the case flow.

CREATE TABLE cases_fast_trial_progress (
    case_id            BIGINT       PRIMARY KEY REFERENCES cases_case (id),
    rights_notified_at TIMESTAMP,
    plea_signed_at     TIMESTAMP,
    duty_lawyer        VARCHAR(100),
    hearing_held_at    TIMESTAMP,
    prosecuted_at      TIMESTAMP,
    version            BIGINT       NOT NULL
);
