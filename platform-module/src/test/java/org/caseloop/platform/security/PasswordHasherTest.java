package org.caseloop.platform.security;

import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Constant-time login: checking a user without a hash costs the same full verification as a wrong password. */
class PasswordHasherTest {

    /** Counts verifications instead of spending 210,000 iterations on each. */
    private static final class CountingHash implements Pbkdf2PasswordHash {
        final List<String> verified = new ArrayList<>();
        final List<String> generated = new ArrayList<>();

        @Override
        public void initialize(Map<String, String> parameters) {
        }

        @Override
        public String generate(char[] password) {
            generated.add(new String(password));
            return "hash:" + new String(password);
        }

        @Override
        public boolean verify(char[] password, String hashedPassword) {
            verified.add(hashedPassword);
            return hashedPassword.equals("hash:" + new String(password));
        }
    }

    private final CountingHash pbkdf2 = new CountingHash();
    private final PasswordHasher hasher = new PasswordHasher();

    @BeforeEach
    void configure() {
        hasher.pbkdf2 = pbkdf2;
        hasher.iterations = 1;
        hasher.configure();
    }

    @Test
    void anUnknownUserCostsOneVerificationLikeAWrongPassword() {
        assertFalse(hasher.matches("Guess#2026abc", hasher.hash("Right#2026abc")));
        assertFalse(hasher.matches("Guess#2026abc", null));
        assertEquals(2, pbkdf2.verified.size());
    }

    @Test
    void noPasswordMatchesAMissingHashNotEvenTheDecoysOwn() {
        String decoyPassword = pbkdf2.generated.get(0);
        assertFalse(hasher.matches(decoyPassword, null));
        assertEquals(1, pbkdf2.verified.size());
    }

    @Test
    void theRightPasswordMatches() {
        assertTrue(hasher.matches("Right#2026abc", hasher.hash("Right#2026abc")));
    }
}
