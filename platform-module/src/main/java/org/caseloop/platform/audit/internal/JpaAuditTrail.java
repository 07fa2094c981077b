package org.caseloop.platform.audit.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.caseloop.platform.audit.AuditEvent;
import org.caseloop.platform.audit.AuditOutcome;
import org.caseloop.platform.audit.AuditTrail;
import org.caseloop.platform.audit.FieldChange;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

@ApplicationScoped
public class JpaAuditTrail implements AuditTrail {

    @PersistenceContext(unitName = "caseloop")
    EntityManager em;

    @Inject
    AuditContext context;

    @Inject
    Clock clock;

    /** Joins the caller's transaction: the record commits or rolls back with the change it describes. */
    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordChange(String objectType, String objectId, String action, Map<String, FieldChange> changes) {
        em.persist(newRecord(clock.instant(), context.actor(), context.sourceIp(), objectType, objectId, action, AuditOutcome.SUCCESS,
                changes));
    }

    /** Its own transaction: a refused login or a denied access is recorded even though nothing else commits. */
    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(AuditEvent event) {
        String actor = event.actor() != null ? event.actor() : context.actor();
        String ip = event.sourceIp() != null ? event.sourceIp() : context.sourceIp();
        em.persist(newRecord(clock.instant(), actor, ip, event.objectType(), event.objectId(), event.action(), event.outcome(),
                event.changes()));
    }

    private static AuditRecord newRecord(Instant at, String actor, String ip, String objectType, String objectId, String action,
                                         AuditOutcome outcome, Map<String, FieldChange> changes) {
        // Microseconds: what both databases store, so the hash computed now matches the value read back.
        Instant now = at.truncatedTo(ChronoUnit.MICROS);
        return new AuditRecord(now, truncate(actor, 64), truncate(ip, 64), objectType, truncate(objectId, 128), action,
                outcome, toJson(changes));
    }

    static String toJson(Map<String, FieldChange> changes) {
        if (changes == null || changes.isEmpty()) {
            return null;
        }
        JsonObjectBuilder fields = Json.createObjectBuilder();
        changes.forEach((name, change) -> {
            JsonObjectBuilder pair = Json.createObjectBuilder();
            if (change.before() == null) {
                pair.addNull("before");
            } else {
                pair.add("before", change.before());
            }
            if (change.after() == null) {
                pair.addNull("after");
            } else {
                pair.add("after", change.after());
            }
            fields.add(name, pair);
        });
        return fields.build().toString();
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
