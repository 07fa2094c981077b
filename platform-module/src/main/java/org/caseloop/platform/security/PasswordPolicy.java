package org.caseloop.platform.security;

import java.util.ArrayList;
import java.util.List;

/**
 * The password rule: a minimum length and a minimum number of the four character classes
 * (lower case, upper case, digits, other). Defaults: 10 characters, 3 classes.
 */
public record PasswordPolicy(int minLength, int minClasses) {

    public PasswordPolicy {
        if (minLength < 1 || minClasses < 1 || minClasses > 4) {
            throw new IllegalArgumentException("password policy needs a length >= 1 and 1..4 character classes");
        }
    }

    /** The rules the password breaks, as message keys with their parameter; empty when it is acceptable. */
    public List<Violation> check(String password, String username) {
        List<Violation> violations = new ArrayList<>();
        String p = password == null ? "" : password;
        if (p.codePointCount(0, p.length()) < minLength) {
            violations.add(new Violation("password.tooShort", minLength));
        }
        if (classes(p) < minClasses) {
            violations.add(new Violation("password.tooFewClasses", minClasses));
        }
        if (username != null && !username.isBlank() && p.toLowerCase().contains(username.toLowerCase())) {
            violations.add(new Violation("password.containsUsername", 0));
        }
        return violations;
    }

    static int classes(String p) {
        boolean lower = false;
        boolean upper = false;
        boolean digit = false;
        boolean other = false;
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            if (Character.isLowerCase(c)) {
                lower = true;
            } else if (Character.isUpperCase(c)) {
                upper = true;
            } else if (Character.isDigit(c)) {
                digit = true;
            } else {
                other = true;
            }
        }
        return (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
    }

    /** One broken rule: a message key of the platform bundle and its number parameter. */
    public record Violation(String key, int parameter) {
    }
}
