package org.caseloop.cases.casefile;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.caseloop.platform.persistence.PlatformStatus;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Folds the appended workload changes into the workload rows every few seconds, so that reading a load sums a
 * handful of changes rather than a day's worth. Non-persistent: every cluster member runs it; see
 * {@link Workloads#compact} for why two at once are safe.
 */
@Singleton
public class WorkloadCompaction {

    private static final Logger LOG = Logger.getLogger(WorkloadCompaction.class.getName());

    @Inject
    Workloads workloads;

    @Inject
    PlatformStatus status;

    @Schedule(hour = "*", minute = "*", second = "*/2", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void compact() {
        if (!status.isReady()) {
            return;
        }
        try {
            int folded;
            do {
                folded = workloads.compact();
            } while (folded == Workloads.COMPACTION_CHUNK);
        } catch (Workloads.FoldedElsewhere e) {
            LOG.log(Level.FINE, "Workload changes were folded by another server", e);
        } catch (RuntimeException e) {
            // Nothing is lost: the changes that were not folded stay in the table and still count.
            LOG.log(Level.WARNING, "Folding workload changes failed; will retry", e);
        }
    }
}
