package org.caseloop.platform.audit.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.caseloop.platform.audit.AuditChain;
import org.caseloop.platform.audit.AuditEntryView;
import org.caseloop.platform.audit.AuditFilter;
import org.caseloop.platform.audit.AuditLog;
import org.caseloop.platform.audit.AuditPage;
import org.caseloop.platform.audit.VerificationResult;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class JpaAuditLog implements AuditLog {

    static final int VERIFY_CHUNK = 5000;

    @PersistenceContext(unitName = "caseloop")
    EntityManager em;

    @Inject
    AuditSealer sealer;

    @Inject
    Clock clock;

    @Override
    public AuditPage search(AuditFilter filter, Long before, int limit) {
        StringBuilder jpql = new StringBuilder("SELECT r FROM AuditRecord r WHERE 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (before != null) {
            jpql.append(" AND r.id < :before");
            params.put("before", before);
        }
        if (filter.from() != null) {
            jpql.append(" AND r.occurredAt >= :from");
            params.put("from", filter.from());
        }
        if (filter.to() != null) {
            jpql.append(" AND r.occurredAt < :to");
            params.put("to", filter.to());
        }
        if (filter.actor() != null) {
            jpql.append(" AND r.actor = :actor");
            params.put("actor", filter.actor());
        }
        if (filter.objectType() != null) {
            jpql.append(" AND r.objectType = :objectType");
            params.put("objectType", filter.objectType());
        }
        if (filter.objectId() != null) {
            jpql.append(" AND r.objectId = :objectId");
            params.put("objectId", filter.objectId());
        }
        if (filter.action() != null) {
            jpql.append(" AND r.action = :action");
            params.put("action", filter.action());
        }
        if (filter.outcome() != null) {
            jpql.append(" AND r.outcome = :outcome");
            params.put("outcome", filter.outcome());
        }
        jpql.append(" ORDER BY r.id DESC");
        TypedQuery<AuditRecord> query = em.createQuery(jpql.toString(), AuditRecord.class);
        params.forEach(query::setParameter);
        // One row more than asked tells whether there is a next page without a COUNT over millions.
        List<AuditRecord> rows = query.setMaxResults(limit + 1).getResultList();
        List<AuditEntryView> items = new ArrayList<>(Math.min(rows.size(), limit));
        for (int i = 0; i < Math.min(rows.size(), limit); i++) {
            items.add(rows.get(i).view());
        }
        Long next = rows.size() > limit ? items.get(items.size() - 1).id() : null;
        return new AuditPage(items, next);
    }

    @Override
    public VerificationResult verify() {
        sealer.sealAll();
        long lastSeq = 0;
        String lastHash = AuditChain.GENESIS_HASH;
        long checked = 0;
        while (true) {
            List<Object[]> rows = em.createQuery("SELECT r.id, r.chainSeq, r.occurredAt, r.actor, r.sourceIp, "
                            + "r.objectType, r.objectId, r.action, r.outcome, r.changes, r.prevHash, r.hash "
                            + "FROM AuditRecord r WHERE r.chainSeq > :after ORDER BY r.chainSeq", Object[].class)
                    .setParameter("after", lastSeq)
                    .setMaxResults(VERIFY_CHUNK)
                    .getResultList();
            if (rows.isEmpty()) {
                break;
            }
            List<AuditChain.Link> links = new ArrayList<>(rows.size());
            for (Object[] r : rows) {
                AuditChain.Content content = new AuditChain.Content((Long) r[0], (Long) r[1], (Instant) r[2],
                        (String) r[3], (String) r[4], (String) r[5], (String) r[6], (String) r[7],
                        r[8].toString(), (String) r[9]);
                links.add(new AuditChain.Link(content, (String) r[10], (String) r[11]));
            }
            Optional<AuditChain.Break> broken = AuditChain.verify(lastSeq, lastHash, links.iterator());
            if (broken.isPresent()) {
                AuditChain.Break b = broken.get();
                return new VerificationResult(false, checked + (b.seq() - lastSeq - 1), b.recordId(), b.seq(),
                        b.reason(), unsealed(), clock.instant());
            }
            AuditChain.Link last = links.get(links.size() - 1);
            lastSeq = last.content().seq();
            lastHash = last.hash();
            checked += links.size();
        }
        long headSeq = em.find(AuditChainHead.class, AuditChainHead.THE_HEAD).getLastSeq();
        if (headSeq != lastSeq) {
            return new VerificationResult(false, checked, null, lastSeq + 1,
                    "the chain ends at " + lastSeq + " but its head says " + headSeq + ": the last records were removed",
                    unsealed(), clock.instant());
        }
        return new VerificationResult(true, checked, null, null, null, unsealed(), clock.instant());
    }

    private long unsealed() {
        return em.createQuery("SELECT COUNT(r) FROM AuditRecord r WHERE r.chainSeq IS NULL", Long.class)
                .getSingleResult();
    }
}
