package org.caseloop.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers recently verified HTTP Basic credentials for a short while (default 60 s), so that an
 * integration sending hundreds of requests a second does not pay a deliberately slow password hash
 * on each. Only a salted digest is kept in memory, never the roles: those and the active flag come from
 * {@link StaffAccess} on every request, which also says whether the password has changed or the account
 * been locked since it was verified (on any server).
 */
@ApplicationScoped
public class CredentialCache {

    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
    private final byte[] salt = new byte[32];

    @Inject
    @ConfigProperty(name = "caseloop.login.basic-cache-seconds", defaultValue = "60")
    int ttlSeconds;

    @Inject
    Clock clock;

    public CredentialCache() {
        new SecureRandom().nextBytes(salt);
    }

    private record Entry(String digest, Instant verifiedAt) {
    }

    /** When this password was verified for this user, if within the time to live. */
    public Optional<Instant> verifiedAt(String username, String password) {
        Entry entry = entries.get(username);
        if (entry == null || clock.instant().isAfter(entry.verifiedAt().plusSeconds(ttlSeconds))
                || !MessageDigest.isEqual(entry.digest().getBytes(StandardCharsets.UTF_8),
                digest(username, password).getBytes(StandardCharsets.UTF_8))) {
            return Optional.empty();
        }
        return Optional.of(entry.verifiedAt());
    }

    public void remember(String username, String password) {
        if (ttlSeconds > 0) {
            entries.put(username, new Entry(digest(username, password), clock.instant()));
        }
    }

    public void forget(String username) {
        entries.remove(username);
    }

    private String digest(String username, String password) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(salt);
            md.update(username.getBytes(StandardCharsets.UTF_8));
            md.update((byte) 0);
            md.update(password.getBytes(StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
