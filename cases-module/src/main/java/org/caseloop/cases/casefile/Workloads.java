package org.caseloop.cases.casefile;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The open workload of handlers and teams, kept in step with assignments. A change is appended to
 * {@code cases_workload_change} and locks nothing, so concurrent intakes for the same team never wait for each
 * other; a load is the owner's {@code cases_workload} row plus its pending changes. {@link #compact} folds the
 * changes into the rows.
 */
@ApplicationScoped
public class Workloads {

    public enum Kind { STAFF, TEAM }

    /** Open cases and their weight (simple 1, complex 2). */
    public record Load(int openCases, int openWeight) {
        public static final Load NONE = new Load(0, 0);
    }

    /** Another server folded some of the same changes first; this compaction is rolled back. */
    static final class FoldedElsewhere extends RuntimeException {
        private static final long serialVersionUID = 1L;

        FoldedElsewhere(int changes) {
            super("Another compaction folded " + changes + " of these workload changes first; this one is rolled back");
        }
    }

    /** Changes folded per compaction transaction. */
    static final int COMPACTION_CHUNK = 5_000;

    private static final String APPEND = "INSERT INTO cases_workload_change (owner_kind, owner_id, open_cases, "
            + "open_weight) VALUES (?, ?, ?, ?)";
    private static final String UPDATE = "UPDATE cases_workload SET open_cases = open_cases + ?, "
            + "open_weight = open_weight + ? WHERE owner_kind = ? AND owner_id = ?";
    private static final String INSERT = "INSERT INTO cases_workload (owner_kind, owner_id, open_cases, open_weight) "
            + "VALUES (?, ?, ?, ?)";

    @PersistenceContext(unitName = "caseloop")
    EntityManager em;

    /** The loads of the given owners; owners with neither a row nor changes have none. */
    public Map<Long, Load> loads(Kind kind, Collection<Long> ownerIds) {
        Map<Long, Load> result = new HashMap<>();
        if (ownerIds.isEmpty()) {
            return result;
        }
        String in = placeholders(ownerIds.size());
        Query q = em.createNativeQuery("SELECT owner_id, SUM(open_cases), SUM(open_weight) FROM ("
                + "SELECT owner_id, open_cases, open_weight FROM cases_workload WHERE owner_kind = ? AND owner_id IN ("
                + in + ") UNION ALL SELECT owner_id, open_cases, open_weight FROM cases_workload_change "
                + "WHERE owner_kind = ? AND owner_id IN (" + in + ")) w GROUP BY owner_id");
        int p = 1;
        for (int part = 0; part < 2; part++) {
            q.setParameter(p++, kind.name());
            for (Long id : ownerIds) {
                q.setParameter(p++, id);
            }
        }
        // Reading the loads must not push the intake's pending inserts out early: they go in one batch.
        q.setFlushMode(FlushModeType.COMMIT);
        for (Object row : q.getResultList()) {
            Object[] r = (Object[]) row;
            result.put(((Number) r[0]).longValue(), new Load(((Number) r[1]).intValue(), ((Number) r[2]).intValue()));
        }
        return result;
    }

    public void add(Kind kind, Long ownerId, int cases, int weight) {
        if (ownerId == null) {
            return;
        }
        em.createNativeQuery(APPEND).setParameter(1, kind.name()).setParameter(2, ownerId)
                .setParameter(3, cases).setParameter(4, weight).executeUpdate();
    }

    /**
     * Folds up to {@link #COMPACTION_CHUNK} of the oldest pending changes into the workload rows, in its own
     * transaction, and answers how many it folded. The changes are deleted before the rows are updated: when two
     * servers fold the same changes at once, the second finds fewer to delete than it read and rolls back, so no
     * change is ever counted twice.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int compact() {
        @SuppressWarnings("unchecked")
        List<Object[]> changes = em.createNativeQuery("SELECT id, owner_kind, owner_id, open_cases, open_weight "
                + "FROM cases_workload_change ORDER BY id").setMaxResults(COMPACTION_CHUNK).getResultList();
        if (changes.isEmpty()) {
            return 0;
        }
        Map<String, long[]> totals = new LinkedHashMap<>();
        List<Long> ids = new ArrayList<>(changes.size());
        for (Object[] c : changes) {
            ids.add(((Number) c[0]).longValue());
            long[] t = totals.computeIfAbsent(c[1] + "/" + ((Number) c[2]).longValue(), k -> new long[2]);
            t[0] += ((Number) c[3]).intValue();
            t[1] += ((Number) c[4]).intValue();
        }
        int deleted = 0;
        for (int from = 0; from < ids.size(); from += 500) {
            List<Long> part = ids.subList(from, Math.min(ids.size(), from + 500));
            Query delete = em.createNativeQuery("DELETE FROM cases_workload_change WHERE id IN ("
                    + placeholders(part.size()) + ")");
            for (int i = 0; i < part.size(); i++) {
                delete.setParameter(i + 1, part.get(i));
            }
            deleted += delete.executeUpdate();
        }
        if (deleted != ids.size()) {
            throw new FoldedElsewhere(ids.size() - deleted);
        }
        for (Map.Entry<String, long[]> e : totals.entrySet()) {
            String[] key = e.getKey().split("/");
            long owner = Long.parseLong(key[1]);
            int cases = Math.toIntExact(e.getValue()[0]);
            int weight = Math.toIntExact(e.getValue()[1]);
            int updated = em.createNativeQuery(UPDATE).setParameter(1, cases).setParameter(2, weight)
                    .setParameter(3, key[0]).setParameter(4, owner).executeUpdate();
            if (updated == 0) {
                em.createNativeQuery(INSERT).setParameter(1, key[0]).setParameter(2, owner)
                        .setParameter(3, cases).setParameter(4, weight).executeUpdate();
            }
        }
        return changes.size();
    }

    private static String placeholders(int count) {
        return String.join(",", Collections.nCopies(count, "?"));
    }
}
