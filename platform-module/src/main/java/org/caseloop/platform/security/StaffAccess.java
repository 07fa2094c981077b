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
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The roles of a user as the staff record has them now, for every request: a session or a cached
 * credential carries only the user name, never the roles of its login. An unknown or deactivated
 * user has none, which ends their session. Reused for at most {@code caseloop.login.access-cache-seconds}
 * (default 3 s) and forgotten at once when an administrator changes the user on this server.
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

    private ShortLivedCache<String, Optional<Set<Role>>> cache;

    @PostConstruct
    void init() {
        cache = new ShortLivedCache<>(Duration.ofSeconds(ttlSeconds), clock, this::load);
    }

    /** The roles of an active user; empty for an unknown or deactivated one. */
    public Optional<Set<Role>> activeRoles(String username) {
        return cache.get(username);
    }

    public void forget(String username) {
        cache.forget(username);
    }

    private Optional<Set<Role>> load(String username) {
        List<Boolean> active = em.createQuery("SELECT s.active FROM StaffUser s WHERE s.username = :u", Boolean.class)
                .setParameter("u", username).getResultList();
        if (active.isEmpty() || !active.get(0)) {
            return Optional.empty();
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        roles.addAll(em.createQuery("SELECT r FROM StaffUser s JOIN s.roles r WHERE s.username = :u", Role.class)
                .setParameter("u", username).getResultList());
        return Optional.of(Set.copyOf(roles));
    }
}
