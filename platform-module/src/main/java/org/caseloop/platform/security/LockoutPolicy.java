package org.caseloop.platform.security;

import java.time.Duration;
import java.time.Instant;

/**
 * Locks an account after a number of failed logins in a row (default 5) for a while (default 15
 * minutes). While locked even the right password is refused; the count starts again when the lock ends.
 */
public record LockoutPolicy(int maxFailures, Duration lockDuration) {

    public LockoutPolicy {
        if (maxFailures < 1 || lockDuration.isNegative() || lockDuration.isZero()) {
            throw new IllegalArgumentException("lockout needs at least one attempt and a positive duration");
        }
    }

    public boolean isLocked(Instant lockedUntil, Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** The account state after one more failure. A lock that has run out counts as a fresh start. */
    public State afterFailure(int failuresSoFar, Instant lockedUntil, Instant now) {
        int failures = lockedUntil != null && !isLocked(lockedUntil, now) ? 1 : failuresSoFar + 1;
        if (failures >= maxFailures) {
            return new State(0, now.plus(lockDuration));
        }
        return new State(failures, null);
    }

    /** Failures counted so far and the end of the lock, if locked. */
    public record State(int failures, Instant lockedUntil) {
        public boolean locked() {
            return lockedUntil != null;
        }
    }
}
