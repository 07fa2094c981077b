package org.caseloop.cases.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.caseloop.cases.casefile.CaseFlowSettings;
import org.caseloop.cases.triage.ClassificationStandard;
import org.caseloop.cases.triage.ClassificationStandardService;
import org.caseloop.cases.triage.StandardPublished;

import java.time.Clock;
import java.time.Instant;

/**
 * The active classification standard for intake, reused for a few seconds
 * ({@code caseloop.cases.standard-cache-seconds}) so that intake does not read the active version for every case.
 * A version published on this server is used at once; one published on another server at the latest that many
 * seconds later. Each case stores the version that classified it.
 */
@ApplicationScoped
public class CurrentStandard {

    private record Cached(ClassificationStandard standard, Instant until) {
    }

    @Inject
    ClassificationStandardService standards;

    @Inject
    CaseFlowSettings settings;

    @Inject
    Clock clock;

    private volatile Cached cached;

    public ClassificationStandard get() {
        Cached c = cached;
        Instant now = clock.instant();
        if (c == null || now.isAfter(c.until())) {
            c = new Cached(standards.current(), now.plusSeconds(settings.standardCacheSeconds()));
            cached = c;
        }
        return c.standard();
    }

    /** A version published here applies to the next case, not only after the cache expires. */
    void published(@Observes(during = TransactionPhase.AFTER_SUCCESS) StandardPublished event) {
        cached = null;
    }
}
