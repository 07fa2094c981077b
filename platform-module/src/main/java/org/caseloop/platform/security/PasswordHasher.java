package org.caseloop.platform.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;

/**
 * Salted PBKDF2 (HMAC-SHA512) password hashes; the iteration count is configurable and stored in each hash.
 * Checking against no hash (an unknown user) costs a full verification too, so timing tells nothing.
 */
@ApplicationScoped
public class PasswordHasher {

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    @Inject
    @ConfigProperty(name = "caseloop.password.pbkdf2-iterations", defaultValue = "210000")
    int iterations;

    /** A hash of a random password, verified in place of a missing one. */
    private String decoy;

    @PostConstruct
    void configure() {
        pbkdf2.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
                "Pbkdf2PasswordHash.Iterations", Integer.toString(iterations),
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "64"));
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        decoy = pbkdf2.generate(HexFormat.of().formatHex(random).toCharArray());
    }

    public String hash(String password) {
        return pbkdf2.generate(password.toCharArray());
    }

    /** Whether the password matches; a null hash never matches but costs the same verification. */
    public boolean matches(String password, String storedHash) {
        boolean matches = pbkdf2.verify(password.toCharArray(), storedHash == null ? decoy : storedHash);
        return storedHash != null && matches;
    }
}
