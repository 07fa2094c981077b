package org.caseloop.platform.security;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PasswordPolicyTest {

    private final PasswordPolicy defaults = new PasswordPolicy(10, 3);

    @ParameterizedTest
    @ValueSource(strings = {"Demo@2026xx", "abcdefGH12", "ABCDEFGH1!", "长城abcdEFG1", "Correct-horse-battery"})
    void acceptsTenCharactersOfThreeClasses(String password) {
        assertEquals(List.of(), defaults.check(password, "handler"));
    }

    @Test
    void refusesNineCharactersEvenWithAllClasses() {
        assertEquals(List.of(new PasswordPolicy.Violation("password.tooShort", 10)), defaults.check("Ab1!Ab1!x", "u"));
    }

    @Test
    void refusesTwoClassesOnly() {
        assertEquals(List.of(new PasswordPolicy.Violation("password.tooFewClasses", 3)),
                defaults.check("abcdefghij1234", "u"));
    }

    @Test
    void refusesEmptyAndNullWithBothReasons() {
        assertEquals(2, defaults.check("", "u").size());
        assertEquals(2, defaults.check(null, "u").size());
    }

    @Test
    void refusesAPasswordContainingTheUserNameInAnyCase() {
        List<PasswordPolicy.Violation> violations = defaults.check("Director#2026", "director");
        assertEquals(List.of(new PasswordPolicy.Violation("password.containsUsername", 0)), violations);
    }

    @Test
    void countsCharactersNotBytesForChinesePasswords() {
        assertTrue(defaults.check("检察院Aa1!检察院Aa", "u").isEmpty());
        assertEquals("password.tooShort", defaults.check("检察Aa1!", "u").get(0).key());
    }

    @Test
    void stricterConfigurationIsHonoured() {
        PasswordPolicy strict = new PasswordPolicy(12, 4);
        assertEquals(2, strict.check("abcdefGH12", "u").size());
        assertTrue(strict.check("abcdefGH12!?", "u").isEmpty());
    }

    @Test
    void rejectsImpossiblePolicies() {
        assertThrows(IllegalArgumentException.class, () -> new PasswordPolicy(0, 3));
        assertThrows(IllegalArgumentException.class, () -> new PasswordPolicy(10, 5));
    }
}
