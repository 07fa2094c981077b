package org.caseloop.cases.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.sql.SQLException;
import java.util.List;
import java.util.function.Supplier;

/**
 * Intake as callers use it: {@link IntakeService} in a transaction, taken again when it lost a race. Identical
 * submissions sent at once all find no case, all insert one, and all but the first then break the unique constraint
 * on (procuratorate, agency name, agency reference). The loser's transaction is gone, so its intake is taken again
 * in a new one: that reads the case the winner committed and compares the submission hashes, answering the same case
 * for the same submission (200) and a conflict for different content, as when the submissions came one after the
 * other. Each try is a whole transaction, so nothing half-written stays behind; the tries are bounded.
 */
@ApplicationScoped
public class IdempotentIntake {

    /** A lost race needs one more try; a bulk transfer can lose a second race on another of its cases. */
    static final int ATTEMPTS = 3;

    /** SQL state of a unique-constraint violation in PostgreSQL and H2. */
    static final String UNIQUE_VIOLATION = "23505";

    @Inject
    IntakeService intake;

    /** The submission is validated by {@link IntakeService#register}, once per try. */
    public IntakeService.Registration register(CaseSubmission submission) {
        return retryingLostRaces(() -> intake.register(submission));
    }

    public List<IntakeService.Outcome> registerAll(List<CaseSubmission> submissions) {
        return retryingLostRaces(() -> intake.registerAll(submissions));
    }

    static <T> T retryingLostRaces(Supplier<T> transaction) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.get();
            } catch (RuntimeException e) {
                if (attempt == ATTEMPTS || !isUniqueViolation(e)) {
                    throw e;
                }
            }
        }
    }

    static boolean isUniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
