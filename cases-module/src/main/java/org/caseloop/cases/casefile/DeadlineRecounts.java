package org.caseloop.cases.casefile;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.caseloop.cases.deadline.WorkingCalendarChanged;
import org.caseloop.cases.deadline.WorkingCalendarService;
import org.caseloop.platform.audit.AuditTrail;
import org.caseloop.platform.audit.FieldChange;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Counts open cases' deadlines again after the working-day calendar changed (legal-rules §1: a provisional deadline
 * is recomputed by itself once its year is entered). A calendar edit records a {@link DeadlineRecount} in its own
 * transaction; {@link DeadlineRecountTimer} works through it in chunks, each in a transaction of its own, and every
 * deadline that moves is written to the case's history and the audit trail.
 */
@ApplicationScoped
public class DeadlineRecounts {

    /** Cases per transaction: small enough to keep locks short, large enough to finish a province in minutes. */
    static final int CHUNK = 200;

    static final String ACTION = "DEADLINE_RECOMPUTED";
    static final String SYSTEM_ACTOR = "system";

    @PersistenceContext(unitName = "caseloop")
    EntityManager em;

    @Inject
    CaseDeadlines deadlines;

    @Inject
    CaseHistory history;

    @Inject
    CaseFlowSettings settings;

    @Inject
    AuditTrail audit;

    @Inject
    WorkingCalendarService calendars;

    @Inject
    Clock clock;

    @Inject
    ZoneId officeZone;

    // In the editing transaction: the request exists if and only if the edit does.
    void onCalendarChanged(@Observes WorkingCalendarChanged change) {
        em.persist(new DeadlineRecount(change.year(), change.firstDay(), change.lastDay(), history.now(),
                change.changedBy()));
    }

    /** The oldest request not done yet that was made before {@code settledBefore}, if any. */
    @Transactional
    public Optional<Long> nextPending(Instant settledBefore) {
        return em.createQuery("SELECT r.id FROM DeadlineRecount r WHERE r.doneAt IS NULL AND r.requestedAt < :before "
                        + "ORDER BY r.id", Long.class)
                .setParameter("before", settledBefore).setMaxResults(1).getResultList().stream().findFirst();
    }

    /**
     * Counts the next chunk of the request's cases again.
     *
     * @return whether the request is done
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean workChunk(long requestId) {
        DeadlineRecount r = em.find(DeadlineRecount.class, requestId);
        if (r == null || r.getDoneAt() != null) {
            return true;
        }
        List<CaseFile> cases = em.createQuery("SELECT c FROM CaseFile c WHERE c.inProgress = TRUE AND c.id > :after "
                        + "AND (c.deadline BETWEEN :first AND :last OR c.riskDue BETWEEN :first AND :last "
                        + "OR c.deadlineProvisionalYear = :year OR c.riskDueProvisionalYear = :year) ORDER BY c.id",
                        CaseFile.class)
                .setParameter("after", r.getAfterCaseId())
                .setParameter("first", r.getFirstDay()).setParameter("last", r.getLastDay())
                .setParameter("year", r.getCalendarYear())
                .setMaxResults(CHUNK).getResultList();
        int changed = 0;
        for (CaseFile c : cases) {
            boolean riskInWindow = c.getRiskDue() != null && !c.getRiskDue().isBefore(r.getFirstDay())
                    && !c.getRiskDue().isAfter(r.getLastDay());
            if (recount(c, riskInWindow || Objects.equals(c.getRiskDueProvisionalYear(), r.getCalendarYear()))) {
                changed++;
            }
        }
        long last = cases.isEmpty() ? r.getAfterCaseId() : cases.get(cases.size() - 1).getId();
        r.progressed(last, changed);
        boolean done = cases.size() < CHUNK;
        if (done) {
            r.done(history.now());
            audit.recordChange("WorkingCalendarYear", String.valueOf(r.getCalendarYear()), "DEADLINES_RECOMPUTED",
                    FieldChange.changes().field("firstDay", null, r.getFirstDay())
                            .field("lastDay", null, r.getLastDay())
                            .field("casesChanged", null, r.getCasesChanged())
                            .field("requestedBy", null, r.getRequestedBy()).build());
        }
        return done;
    }

    /**
     * The safety net behind the requests: open cases still provisional for a year that this server's calendar now
     * has (say, taken in by another server just before its calendar caught up), from the case after {@code afterId}.
     *
     * @return the id of the last case looked at, or -1 when there was none
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public long recountProvisional(Set<Integer> enteredYears, long afterId) {
        if (enteredYears.isEmpty()) {
            return -1;
        }
        List<CaseFile> cases = em.createQuery("SELECT c FROM CaseFile c WHERE c.inProgress = TRUE AND c.id > :after "
                        + "AND (c.deadlineProvisionalYear IN :years OR c.riskDueProvisionalYear IN :years) "
                        + "ORDER BY c.id", CaseFile.class)
                .setParameter("after", afterId).setParameter("years", enteredYears)
                .setMaxResults(CHUNK).getResultList();
        for (CaseFile c : cases) {
            recount(c, c.getRiskDueProvisionalYear() != null && enteredYears.contains(c.getRiskDueProvisionalYear()));
        }
        return cases.isEmpty() ? -1 : cases.get(cases.size() - 1).getId();
    }

    /** The years this server's calendar holds, for {@link #recountProvisional}. */
    public Set<Integer> enteredYears() {
        return calendars.calendar().years();
    }

    /** How long a calendar edit takes to reach every server's cached calendar. */
    public int calendarReloadSeconds() {
        return calendars.reloadSeconds();
    }

    /** Counts one case's review deadline (and, when asked, its risk pre-assessment date) again; true if either moved. */
    private boolean recount(CaseFile c, boolean riskDueToo) {
        LocalDate oldDeadline = c.getDeadline();
        Integer oldYear = c.getDeadlineProvisionalYear();
        LocalDate oldRiskDue = c.getRiskDue();
        Integer oldRiskYear = c.getRiskDueProvisionalYear();
        deadlines.recount(c);
        if (riskDueToo && c.getRiskAssessedBy() == null && c.getAssignedAt() != null) {
            deadlines.riskDue(c, LocalDate.ofInstant(c.getAssignedAt(), officeZone), settings.riskDueDays());
        }
        Map<String, FieldChange> changes = FieldChange.changes()
                .field("deadline", oldDeadline, c.getDeadline())
                .field("deadlineProvisionalYear", oldYear, c.getDeadlineProvisionalYear())
                .field("riskDue", oldRiskDue, c.getRiskDue())
                .field("riskDueProvisionalYear", oldRiskYear, c.getRiskDueProvisionalYear())
                .build();
        if (changes.isEmpty()) {
            return false;
        }
        String detail = Objects.equals(oldDeadline, c.getDeadline()) ? null : oldDeadline + " → " + c.getDeadline();
        history.record(c, SYSTEM_ACTOR, ACTION, c.getStage(), c.getStage(), detail, changes);
        return true;
    }
}
