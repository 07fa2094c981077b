package org.caseloop.cases.casefile;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The open workload of handlers and teams: their in-progress cases and the cases' weight (simple 1, complex 2),
 * counted from the cases themselves through the {@code (handler_id|team_id, in_progress, deadline)} indexes.
 * Counting instead of keeping counters means intake takes no lock on a row that every other intake of the same
 * team also wants; two intakes at the same instant may see the same load, which balancing tolerates.
 */
@ApplicationScoped
public class Workloads {

    public enum Kind {
        STAFF("handler_id"),
        TEAM("team_id");

        private final String column;

        Kind(String column) {
            this.column = column;
        }
    }

    /** Open cases and their weight (simple 1, complex 2). */
    public record Load(int openCases, int openWeight) {
        public static final Load NONE = new Load(0, 0);
    }

    @PersistenceContext(unitName = "caseloop")
    EntityManager em;

    /** The loads of the given owners; owners without open cases have none. */
    public Map<Long, Load> loads(Kind kind, Collection<Long> ownerIds) {
        Map<Long, Load> result = new HashMap<>();
        if (ownerIds.isEmpty()) {
            return result;
        }
        List<Long> ids = List.copyOf(ownerIds);
        String placeholders = String.join(", ", Collections.nCopies(ids.size(), "?"));
        Query query = em.createNativeQuery("SELECT " + kind.column + ", COUNT(*), "
                + "SUM(CASE WHEN complexity = 'COMPLEX' THEN 2 ELSE 1 END) FROM cases_case "
                + "WHERE in_progress = TRUE AND " + kind.column + " IN (" + placeholders + ") GROUP BY " + kind.column);
        for (int i = 0; i < ids.size(); i++) {
            query.setParameter(i + 1, ids.get(i));
        }
        // Counting must not push the intake's pending inserts out early: they go in one batch at commit.
        query.setFlushMode(FlushModeType.COMMIT);
        for (Object row : query.getResultList()) {
            Object[] r = (Object[]) row;
            result.put(((Number) r[0]).longValue(), new Load(((Number) r[1]).intValue(), ((Number) r[2]).intValue()));
        }
        return result;
    }
}
