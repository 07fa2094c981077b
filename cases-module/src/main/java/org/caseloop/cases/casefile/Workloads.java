package org.caseloop.cases.casefile;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The open workload of handlers and teams ({@code cases_workload}), kept in step with assignments. Every change is
 * one atomic {@code UPDATE ... SET open_cases = open_cases + ?}, so concurrent intakes never lose a count; a missing
 * row is created with {@code INSERT ... ON CONFLICT DO NOTHING} first (PostgreSQL and H2 in PostgreSQL mode).
 */
@ApplicationScoped
public class Workloads {

    public enum Kind { STAFF, TEAM }

    /** Open cases and their weight (simple 1, complex 2). */
    public record Load(int openCases, int openWeight) {
        public static final Load NONE = new Load(0, 0);
    }

    private static final String UPDATE = "UPDATE cases_workload SET open_cases = open_cases + ?, "
            + "open_weight = open_weight + ? WHERE owner_kind = ? AND owner_id = ?";
    private static final String INSERT = "INSERT INTO cases_workload (owner_kind, owner_id, open_cases, open_weight) "
            + "VALUES (?, ?, 0, 0) ON CONFLICT DO NOTHING";

    @PersistenceContext(unitName = "caseloop")
    EntityManager em;

    /** The loads of the given owners, read by primary key; owners without a row have none. */
    public Map<Long, Load> loads(Kind kind, Collection<Long> ownerIds) {
        Map<Long, Load> result = new HashMap<>();
        if (ownerIds.isEmpty()) {
            return result;
        }
        List<Object[]> rows = em.createQuery("SELECT w.ownerId, w.openCases, w.openWeight FROM WorkloadRow w "
                        + "WHERE w.ownerKind = :k AND w.ownerId IN :ids", Object[].class)
                .setParameter("k", kind.name())
                .setParameter("ids", ownerIds)
                // Reading the counts must not push the intake's pending inserts out early: they go in one batch.
                .setFlushMode(FlushModeType.COMMIT)
                .getResultList();
        for (Object[] row : rows) {
            result.put(((Number) row[0]).longValue(),
                    new Load(((Number) row[1]).intValue(), ((Number) row[2]).intValue()));
        }
        return result;
    }

    public void add(Kind kind, Long ownerId, int cases, int weight) {
        if (ownerId == null) {
            return;
        }
        if (update(kind, ownerId, cases, weight) == 0) {
            em.createNativeQuery(INSERT).setParameter(1, kind.name()).setParameter(2, ownerId).executeUpdate();
            update(kind, ownerId, cases, weight);
        }
    }

    private int update(Kind kind, long ownerId, int cases, int weight) {
        return em.createNativeQuery(UPDATE)
                .setParameter(1, cases).setParameter(2, weight)
                .setParameter(3, kind.name()).setParameter(4, ownerId)
                .executeUpdate();
    }
}
