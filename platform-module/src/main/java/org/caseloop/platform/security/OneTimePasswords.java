package org.caseloop.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One-time passwords for a reset by an administrator: random, from all four character classes, and as long as the
 * password policy demands but never shorter than {@link #MIN_LENGTH}, so that one always passes the policy. The user
 * must change it at the next login. Letters and digits that look alike (0/O, 1/l/I) are left out: it is read aloud
 * or copied by hand.
 */
@ApplicationScoped
public class OneTimePasswords {

    static final int MIN_LENGTH = 16;

    private static final String[] CLASSES = {
        "abcdefghijkmnpqrstuvwxyz", "ABCDEFGHJKLMNPQRSTUVWXYZ", "23456789", "#%+-=@_"
    };

    private final SecureRandom random = new SecureRandom();

    @Inject
    PasswordPolicy policy;

    public OneTimePasswords() {
    }

    OneTimePasswords(PasswordPolicy policy) {
        this.policy = policy;
    }

    /** A new one-time password for the user (never containing the user name, which the policy forbids). */
    public String generate(String username) {
        String password;
        do {
            password = draw(Math.max(MIN_LENGTH, policy.minLength()));
        } while (!policy.check(password, username).isEmpty());
        return password;
    }

    private String draw(int length) {
        List<Character> chars = new ArrayList<>(length);
        for (String cls : CLASSES) {
            chars.add(pick(cls));
        }
        String all = String.join("", CLASSES);
        while (chars.size() < length) {
            chars.add(pick(all));
        }
        Collections.shuffle(chars, random);
        StringBuilder sb = new StringBuilder(length);
        chars.forEach(sb::append);
        return sb.toString();
    }

    private char pick(String from) {
        return from.charAt(random.nextInt(from.length()));
    }
}
