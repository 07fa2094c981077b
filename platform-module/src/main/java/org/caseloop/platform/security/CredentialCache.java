package org.caseloop.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.caseloop.platform.organisation.Role;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers recently verified HTTP Basic credentials for a short while (default 60 s), so that an
 * integration sending hundreds of requests a second does not pay a deliberately slow password hash
 * on each. Only a salted digest is kept in memory; a password change, lock or deactivation on this
 * server forgets the entry at once, on other cluster members within the time to live.
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

    private record Entry(String digest, Set<Role> roles, Instant expires) {
    }

    public Set<Role> lookup(String username, String password) {
        Entry entry = entries.get(username);
        if (entry == null || clock.instant().isAfter(entry.expires())
                || !MessageDigest.isEqual(entry.digest().getBytes(StandardCharsets.UTF_8),
                digest(username, password).getBytes(StandardCharsets.UTF_8))) {
            return null;
        }
        return entry.roles();
    }

    public void remember(String username, String password, Set<Role> roles) {
        if (ttlSeconds > 0) {
            entries.put(username, new Entry(digest(username, password), Set.copyOf(roles),
                    clock.instant().plusSeconds(ttlSeconds)));
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
