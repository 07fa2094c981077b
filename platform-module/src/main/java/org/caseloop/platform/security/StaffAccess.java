package org.caseloop.platform.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.caseloop.platform.organisation.Role;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The roles of a user as the staff record has them now, for every request: a session or a cached
 * credential carries only the user name, never the roles of its login. An unknown or deactivated
 * user has none, which ends their session. A password cached for HTTP Basic is trusted only while it has
 * not changed and the account is not locked, so a change or lock on another server stops it too. Reused for
 * at most {@code caseloop.login.access-cache-seconds} (default 3 s) and forgotten at once when the user is
 * changed on this server.
 */
@ApplicationScoped
public class StaffAccess {

    @PersistenceContext(unitName = "caseloop")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "caseloop.login.access-cache-seconds", defaultValue = "3")
    int ttlSeconds;

    /** An active user's roles, and what decides whether a password verified earlier may still be trusted. */
    public record Access(Set<Role> roles, Instant passwordChangedAt, Instant lockedUntil) {

        /** A password verified at {@code verifiedAt} stands while it has not changed since and the account is not locked. */
        public boolean trusts(Instant verifiedAt, Instant now) {
            return (passwordChangedAt == null || !passwordChangedAt.isAfter(verifiedAt))
                    && (lockedUntil == null || !lockedUntil.isAfter(now));
        }
    }

    private ShortLivedCache<String, Optional<Access>> cache;

    @PostConstruct
    void init() {
        cache = new ShortLivedCache<>(Duration.ofSeconds(ttlSeconds), clock, this::load);
    }

    /** The access of an active user; empty for an unknown or deactivated one. */
    public Optional<Access> active(String username) {
        return cache.get(username);
    }

    /** The roles of an active user; empty for an unknown or deactivated one. */
    public Optional<Set<Role>> activeRoles(String username) {
        return active(username).map(Access::roles);
    }

    public void forget(String username) {
        cache.forget(username);
    }

    private Optional<Access> load(String username) {
        List<Object[]> rows = em.createQuery("SELECT s.active, s.passwordChangedAt, s.lockedUntil FROM StaffUser s "
                        + "WHERE s.username = :u", Object[].class)
                .setParameter("u", username).getResultList();
        if (rows.isEmpty() || !Boolean.TRUE.equals(rows.get(0)[0])) {
            return Optional.empty();
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        roles.addAll(em.createQuery("SELECT r FROM StaffUser s JOIN s.roles r WHERE s.username = :u", Role.class)
                .setParameter("u", username).getResultList());
        return Optional.of(new Access(Set.copyOf(roles), (Instant) rows.get(0)[1], (Instant) rows.get(0)[2]));
    }
}
