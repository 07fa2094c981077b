package org.caseloop.platform.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Read-only questions other modules ask about the organisation. */
@ApplicationScoped
public class StaffDirectory {

    private static final String STAFF_WITH_ORG = "SELECT DISTINCT s FROM StaffUser s JOIN FETCH s.procuratorate "
            + "LEFT JOIN FETCH s.department LEFT JOIN FETCH s.team ";

    @PersistenceContext(unitName = "caseloop")
    EntityManager em;

    @Inject
    Clock clock;

    public Optional<StaffView> staff(long id) {
        return em.createQuery(STAFF_WITH_ORG + "WHERE s.id = :id", StaffUser.class)
                .setParameter("id", id).getResultStream().findFirst().map(s -> StaffView.of(s, clock.instant()));
    }

    public Optional<StaffView> staffByUsername(String username) {
        return em.createQuery(STAFF_WITH_ORG + "WHERE s.username = :u", StaffUser.class)
                .setParameter("u", username).getResultStream().findFirst().map(s -> StaffView.of(s, clock.instant()));
    }

    /** Active staff of a department holding a role, whether on leave or not (callers decide). */
    public List<StaffView> staffWithRole(long departmentId, Role role) {
        return views(em.createQuery(STAFF_WITH_ORG + "JOIN s.roles r WHERE s.department.id = :d AND r = :role "
                        + "AND s.active = TRUE ORDER BY s.id", StaffUser.class)
                .setParameter("d", departmentId).setParameter("role", role));
    }

    public List<StaffView> teamMembers(long teamId) {
        return views(em.createQuery(STAFF_WITH_ORG + "WHERE s.team.id = :t AND s.active = TRUE ORDER BY s.id",
                StaffUser.class).setParameter("t", teamId));
    }

    /** A list of staff with their roles read in one more query for all of them, not one per person. */
    private List<StaffView> views(TypedQuery<StaffUser> query) {
        Instant now = clock.instant();
        return query.setHint("eclipselink.batch", "s.roles").setHint("eclipselink.batch.type", "IN")
                .getResultList().stream().map(s -> StaffView.of(s, now)).toList();
    }

    public Optional<ProcuratorateView> procuratorate(long id) {
        return Optional.ofNullable(em.find(Procuratorate.class, id)).map(ProcuratorateView::of);
    }

    public List<ProcuratorateView> procuratorates() {
        return em.createQuery("SELECT p FROM Procuratorate p LEFT JOIN FETCH p.parent ORDER BY p.level, p.code",
                        Procuratorate.class)
                .getResultStream().map(ProcuratorateView::of).toList();
    }

    public Optional<DepartmentView> department(long id) {
        return em.createQuery("SELECT d FROM Department d JOIN FETCH d.procuratorate WHERE d.id = :id", Department.class)
                .setParameter("id", id).getResultStream().findFirst().map(DepartmentView::of);
    }

    public List<DepartmentView> departments(long procuratorateId) {
        return em.createQuery("SELECT d FROM Department d JOIN FETCH d.procuratorate "
                        + "WHERE d.procuratorate.id = :p ORDER BY d.code", Department.class)
                .setParameter("p", procuratorateId).getResultStream().map(DepartmentView::of).toList();
    }

    public Optional<TeamView> team(long id) {
        return em.createQuery("SELECT t FROM Team t JOIN FETCH t.department d JOIN FETCH d.procuratorate WHERE t.id = :id",
                        Team.class)
                .setParameter("id", id).getResultStream().findFirst().map(TeamView::of);
    }

    /** Active fast-trial teams of a procuratorate able to take a business type. */
    public List<TeamView> fastTrialTeams(long procuratorateId, String businessType) {
        return em.createQuery("SELECT t FROM Team t JOIN FETCH t.department d JOIN FETCH d.procuratorate "
                        + "WHERE d.procuratorate.id = :p AND t.fastTrial = TRUE AND t.active = TRUE ORDER BY t.id", Team.class)
                .setParameter("p", procuratorateId)
                .getResultStream().map(TeamView::of)
                .filter(t -> t.businessTypes().contains(businessType))
                .toList();
    }

    public List<TeamView> teams(long departmentId) {
        return em.createQuery("SELECT t FROM Team t JOIN FETCH t.department d JOIN FETCH d.procuratorate "
                        + "WHERE d.id = :d ORDER BY t.name", Team.class)
                .setParameter("d", departmentId).getResultStream().map(TeamView::of).toList();
    }

    /**
     * Display names of the given staff, in one query whatever the number of ids (pages resolve the
     * responsible person of all their rows at once). Unknown ids are simply absent from the map.
     */
    public Map<Long, String> displayNames(Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        if (ids == null || ids.isEmpty()) {
            return names;
        }
        List<Object[]> rows = em.createQuery("SELECT s.id, s.displayName FROM StaffUser s WHERE s.id IN :ids",
                        Object[].class)
                .setParameter("ids", new HashSet<>(ids))
                .getResultList();
        for (Object[] row : rows) {
            names.put((Long) row[0], (String) row[1]);
        }
        return names;
    }

    /** Ids of every fast-trial team (快审团队), active or not: statistics count the cases they handled. */
    public Set<Long> fastTrialTeamIds() {
        return Set.copyOf(em.createQuery("SELECT t.id FROM Team t WHERE t.fastTrial = TRUE", Long.class)
                .getResultList());
    }
}
