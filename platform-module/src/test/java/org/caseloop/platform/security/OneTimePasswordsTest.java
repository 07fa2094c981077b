package org.caseloop.platform.security;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OneTimePasswordsTest {

    @Test
    void aOneTimePasswordAlwaysPassesTheStrictestPolicy() {
        PasswordPolicy strict = new PasswordPolicy(12, 4);
        OneTimePasswords passwords = new OneTimePasswords(strict);
        for (int i = 0; i < 500; i++) {
            String p = passwords.generate("abc");
            assertTrue(strict.check(p, "abc").isEmpty(), p);
            assertEquals(OneTimePasswords.MIN_LENGTH, p.length(), p);
        }
    }

    @Test
    void aOneTimePasswordIsAsLongAsALongerPolicyDemands() {
        OneTimePasswords passwords = new OneTimePasswords(new PasswordPolicy(24, 3));
        assertEquals(24, passwords.generate("zhang.san").length());
    }

    @Test
    void twoOneTimePasswordsDiffer() {
        OneTimePasswords passwords = new OneTimePasswords(new PasswordPolicy(10, 3));
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            assertTrue(seen.add(passwords.generate("wang")));
        }
    }
}
