package org.caseloop.cases.casefile;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.caseloop.platform.persistence.PlatformStatus;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Works through the deadline recounts every few seconds. Non-persistent: every cluster member runs it. A request is
 * taken up only once every server's cached calendar has caught up with the edit behind it, and two servers working on
 * the same chunk cannot both commit it (the request's version), so each case is counted once per request.
 */
@Singleton
public class DeadlineRecountTimer {

    private static final Logger LOG = Logger.getLogger(DeadlineRecountTimer.class.getName());

    /** Chunks per run and kind of work, so that one run ends in seconds and the next picks up from there. */
    private static final int CHUNKS_PER_RUN = 50;

    @Inject
    DeadlineRecounts recounts;

    @Inject
    PlatformStatus status;

    @Inject
    Clock clock;

    @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void recount() {
        if (!status.isReady()) {
            return;
        }
        try {
            Instant settled = clock.instant().minusSeconds(recounts.calendarReloadSeconds() + 1L);
            int chunks = 0;
            Optional<Long> request = recounts.nextPending(settled);
            while (request.isPresent() && chunks++ < CHUNKS_PER_RUN) {
                if (recounts.workChunk(request.get())) {
                    request = recounts.nextPending(settled);
                }
            }
            Set<Integer> years = recounts.enteredYears();
            long after = 0;
            for (int i = 0; i < CHUNKS_PER_RUN && after >= 0; i++) {
                after = recounts.recountProvisional(years, after);
            }
        } catch (RuntimeException e) {
            // Another server committed the same chunk first, or a case changed under us: expected, the next run goes
            // on. Anything else is worth a look, and the request stays pending either way.
            LOG.log(lostRace(e) ? Level.FINE : Level.WARNING, "Recounting deadlines stopped; the next run goes on", e);
        }
    }

    private static boolean lostRace(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof jakarta.persistence.OptimisticLockException) {
                return true;
            }
        }
        return false;
    }
}
