package org.caseloop.cases.casefile;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.caseloop.platform.audit.AuditTrail;
import org.caseloop.platform.audit.FieldChange;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes what happened to a case twice, in the caller's transaction: a line of the case's own history
 * ({@code cases_case_event}, shown on the case page) and a hash-chained audit record.
 */
@ApplicationScoped
public class CaseHistory {

    public static final String AUDIT_OBJECT = "Case";

    @PersistenceContext(unitName = "caseloop")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** Now, in the precision both databases store (microseconds). */
    public Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    public void record(CaseFile c, String actor, String action, Stage from, Stage to, String detail,
                       Map<String, FieldChange> changes) {
        em.persist(new CaseEvent(c.getId(), now(), actor, action, from, to, detail));
        Map<String, FieldChange> audited = new LinkedHashMap<>();
        audited.put("caseNumber", FieldChange.of(null, c.getCaseNumber()));
        if (from != to) {
            audited.put("stage", FieldChange.of(from, to));
        }
        audited.putAll(changes);
        if (detail != null) {
            audited.put("detail", FieldChange.of(null, detail));
        }
        audit.recordChange(AUDIT_OBJECT, String.valueOf(c.getId()), action, audited);
    }
}
