package org.caseloop.platform.audit.internal;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.caseloop.platform.persistence.PlatformStatus;

import java.util.logging.Level;
import java.util.logging.Logger;

/** Seals new audit records every few seconds. Non-persistent: every cluster member runs it, the head lock serialises them. */
@Singleton
public class AuditSealingTimer {

    private static final Logger LOG = Logger.getLogger(AuditSealingTimer.class.getName());

    @Inject
    AuditSealer sealer;

    @Inject
    PlatformStatus status;

    @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void seal() {
        if (!status.isReady()) {
            return;
        }
        try {
            sealer.sealAll();
        } catch (RuntimeException e) {
            // The next run retries; nothing is lost because unsealed records stay in the table.
            LOG.log(Level.WARNING, "Sealing audit records failed; will retry", e);
        }
    }
}
