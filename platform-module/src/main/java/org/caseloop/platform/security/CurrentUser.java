package org.caseloop.platform.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import org.caseloop.platform.organisation.OrgLevel;
import org.caseloop.platform.organisation.StaffUser;
import org.caseloop.platform.web.AccessDeniedException;

import java.security.Principal;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The signed-in user and their data scope, looked up once per request. */
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityContext security;

    @PersistenceContext(unitName = "caseloop")
    EntityManager em;

    private UserContext user;
    private DataScope scope;

    /** The user, or empty for an anonymous request. */
    public Optional<UserContext> find() {
        if (user == null) {
            Principal principal = security.getCallerPrincipal();
            if (principal == null) {
                return Optional.empty();
            }
            List<StaffUser> found = em.createQuery("SELECT s FROM StaffUser s JOIN FETCH s.procuratorate "
                            + "LEFT JOIN FETCH s.department LEFT JOIN FETCH s.team WHERE s.username = :u", StaffUser.class)
                    .setParameter("u", principal.getName())
                    // The roles in the same round trip: this runs on every request.
                    .setHint("eclipselink.left-join-fetch", "s.roles")
                    .getResultList();
            if (found.isEmpty() || !found.get(0).isActive()) {
                return Optional.empty();
            }
            StaffUser s = found.get(0);
            user = new UserContext(s.getId(), s.getUsername(), s.getDisplayName(), s.getRoles(),
                    s.getProcuratorate().getId(), s.getProcuratorate().getLevel(),
                    s.getDepartment() == null ? null : s.getDepartment().getId(),
                    s.getTeam() == null ? null : s.getTeam().getId(), s.isMustChangePassword());
        }
        return Optional.of(user);
    }

    /** The user; a request without one is refused. */
    public UserContext get() {
        return find().orElseThrow(() -> new AccessDeniedException("Session", null, "Not signed in"));
    }

    public DataScope scope() {
        if (scope == null) {
            UserContext u = get();
            Set<Long> districts = new HashSet<>();
            if (u.procuratorateLevel() == OrgLevel.CITY) {
                districts.addAll(em.createQuery("SELECT p.id FROM Procuratorate p WHERE p.parent.id = :city", Long.class)
                        .setParameter("city", u.procuratorateId())
                        .getResultList());
            }
            scope = DataScopes.of(u, districts);
        }
        return scope;
    }
}
