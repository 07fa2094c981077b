package org.caseloop.cases.batch;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/** Which centralised steps a case has taken, and when. */
@Entity
@Table(name = "cases_fast_trial_progress")
public class FastTrialProgress {

    @Id
    @Column(name = "case_id")
    private Long caseId;

    @Column(name = "rights_notified_at")
    private Instant rightsNotifiedAt;

    @Column(name = "plea_signed_at")
    private Instant pleaSignedAt;

    @Column(name = "duty_lawyer", length = 100)
    private String dutyLawyer;

    @Column(name = "hearing_held_at")
    private Instant hearingHeldAt;

    @Column(name = "prosecuted_at")
    private Instant prosecutedAt;

    @Version
    private long version;

    protected FastTrialProgress() {
    }

    FastTrialProgress(long caseId) {
        this.caseId = caseId;
    }

    long caseId() {
        return caseId;
    }

    boolean rightsNotified() {
        return rightsNotifiedAt != null;
    }

    boolean pleaSigned() {
        return pleaSignedAt != null;
    }

    boolean hearingHeld() {
        return hearingHeldAt != null;
    }

    boolean prosecuted() {
        return prosecutedAt != null;
    }

    void record(FastTrialStep step, Instant at, String lawyer) {
        switch (step) {
            case NOTIFY_RIGHTS -> rightsNotifiedAt = at;
            case SIGN_PLEA -> {
                pleaSignedAt = at;
                dutyLawyer = lawyer;
            }
            case HEARING -> hearingHeldAt = at;
            case PROSECUTE -> prosecutedAt = at;
        }
    }
}
