package org.caseloop.platform.security;

import org.caseloop.platform.organisation.Role;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A password cached for HTTP Basic stands only while it is unchanged and the account unlocked, on any server. */
class StaffAccessTest {

    private static final Instant VERIFIED = Instant.parse("2026-12-03T02:00:00Z");
    private static final Instant NOW = VERIFIED.plusSeconds(20);

    @Test
    void anUnchangedPasswordOfAnUnlockedAccountIsTrusted() {
        assertTrue(new StaffAccess.Access(Set.of(Role.HANDLER), VERIFIED.minusSeconds(3600), null)
                .trusts(VERIFIED, NOW));
        assertTrue(new StaffAccess.Access(Set.of(Role.HANDLER), null, VERIFIED.minusSeconds(60)).trusts(VERIFIED, NOW),
                "a lock that has run out");
    }

    @Test
    void aPasswordChangedSinceItWasVerifiedIsNotTrusted() {
        assertFalse(new StaffAccess.Access(Set.of(Role.HANDLER), VERIFIED.plusSeconds(5), null).trusts(VERIFIED, NOW));
    }

    @Test
    void aLockedAccountsCachedPasswordIsNotTrusted() {
        assertFalse(new StaffAccess.Access(Set.of(Role.HANDLER), null, NOW.plusSeconds(900)).trusts(VERIFIED, NOW));
    }
}
