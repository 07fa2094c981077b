package org.caseloop.platform.security;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LockoutPolicyTest {

    private final LockoutPolicy policy = new LockoutPolicy(5, Duration.ofMinutes(15));
    private final Instant now = Instant.parse("2026-11-25T08:00:00Z");

    @Test
    void fourFailuresDoNotLock() {
        LockoutPolicy.State state = new LockoutPolicy.State(0, null);
        for (int i = 0; i < 4; i++) {
            state = policy.afterFailure(state.failures(), state.lockedUntil(), now);
        }
        assertEquals(4, state.failures());
        assertFalse(state.locked());
    }

    @Test
    void fifthFailureLocksForFifteenMinutes() {
        LockoutPolicy.State state = policy.afterFailure(4, null, now);
        assertTrue(state.locked());
        assertEquals(now.plus(Duration.ofMinutes(15)), state.lockedUntil());
        assertEquals(0, state.failures());
    }

    @Test
    void lockHoldsUntilItsEndAndNotAfter() {
        Instant until = now.plus(Duration.ofMinutes(15));
        assertTrue(policy.isLocked(until, now));
        assertTrue(policy.isLocked(until, until.minusMillis(1)));
        assertFalse(policy.isLocked(until, until));
        assertFalse(policy.isLocked(null, now));
    }

    @Test
    void firstFailureAfterAnExpiredLockStartsCountingAgain() {
        Instant expired = now.minusSeconds(1);
        LockoutPolicy.State state = policy.afterFailure(0, expired, now);
        assertEquals(1, state.failures());
        assertNull(state.lockedUntil());
    }

    @Test
    void rejectsMeaninglessPolicies() {
        assertThrows(IllegalArgumentException.class, () -> new LockoutPolicy(0, Duration.ofMinutes(1)));
        assertThrows(IllegalArgumentException.class, () -> new LockoutPolicy(5, Duration.ZERO));
    }
}
