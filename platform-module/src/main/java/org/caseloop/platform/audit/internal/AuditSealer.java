package org.caseloop.platform.audit.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.caseloop.platform.audit.AuditChain;

import java.util.List;

/**
 * Seals committed records into the hash chain, oldest id first. Records that commit late (a lower id
 * in a longer transaction) are simply sealed in a later batch: the chain order is the sealing order.
 */
@ApplicationScoped
public class AuditSealer {

    static final int BATCH = 1000;

    @PersistenceContext(unitName = "caseloop")
    EntityManager em;

    /** Through the proxy, so that each batch gets its own transaction. */
    @Inject
    AuditSealer self;

    /** Seals up to one batch in its own transaction and returns how many were sealed. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int sealBatch() {
        AuditChainHead head = em.find(AuditChainHead.class, AuditChainHead.THE_HEAD, LockModeType.PESSIMISTIC_WRITE);
        List<AuditRecord> pending = em.createQuery(
                        "SELECT r FROM AuditRecord r WHERE r.chainSeq IS NULL ORDER BY r.id", AuditRecord.class)
                .setMaxResults(BATCH)
                .getResultList();
        long seq = head.getLastSeq();
        String prev = head.getLastHash();
        for (AuditRecord record : pending) {
            seq++;
            String hash = AuditChain.hash(prev, record.content(seq));
            record.seal(seq, prev, hash);
            prev = hash;
        }
        head.advance(seq, prev);
        return pending.size();
    }

    /** Seals everything pending now, batch by batch; bounded so that a flood cannot hold a caller forever. */
    public void sealAll() {
        for (int round = 0; round < 1000 && self.sealBatch() == BATCH; round++) {
            // each round commits one batch
        }
    }
}
