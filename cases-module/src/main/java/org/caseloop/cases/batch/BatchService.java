package org.caseloop.cases.batch;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.caseloop.cases.api.Complexity;
import org.caseloop.cases.casefile.CaseAccess;
import org.caseloop.cases.casefile.CaseFile;
import org.caseloop.cases.casefile.CaseFlow;
import org.caseloop.cases.casefile.CaseHistory;
import org.caseloop.cases.casefile.Stage;
import org.caseloop.cases.casefile.Texts;
import org.caseloop.platform.audit.AuditEvent;
import org.caseloop.platform.audit.AuditOutcome;
import org.caseloop.platform.audit.AuditTrail;
import org.caseloop.platform.audit.FieldChange;
import org.caseloop.platform.security.CurrentUser;
import org.caseloop.platform.security.UserContext;
import org.caseloop.platform.web.AccessDeniedException;
import org.caseloop.platform.web.UnprocessableException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Performs one centralised step for many cases. Each case is its own transaction: it takes the step
 * completely (progress, stage, history, audit) or not at all, and a refusal names the case and the reason
 * while the others go through.
 */
@ApplicationScoped
public class BatchService {

    static final int MAX_CASES = 500;

    @PersistenceContext(unitName = "caseloop")
    EntityManager em;

    @Inject
    BatchService self;

    @Inject
    CaseAccess access;

    @Inject
    CaseFlow flow;

    @Inject
    CaseHistory history;

    @Inject
    AuditTrail audit;

    @Inject
    CurrentUser currentUser;

    /** Raised inside a case's transaction when the case cannot take the step: rolls that case back. */
    static final class StepRefused extends RuntimeException {
        StepRefused(String reason) {
            super(reason);
        }
    }

    public BatchResult perform(FastTrialStep step, List<Long> caseIds, String dutyLawyer, String note) {
        if (step == null) {
            throw new UnprocessableException("请选择要集中办理的步骤 / Choose the step to perform");
        }
        if (caseIds == null || caseIds.isEmpty() || caseIds.size() > MAX_CASES) {
            throw new UnprocessableException("请选择1至" + MAX_CASES + "件案件 / Choose between 1 and " + MAX_CASES
                    + " cases");
        }
        List<BatchResult.Outcome> done = new ArrayList<>();
        List<BatchResult.Outcome> refused = new ArrayList<>();
        for (Long id : new LinkedHashSet<>(caseIds)) {
            try {
                done.add(self.performOne(step, id, Texts.blankToNull(dutyLawyer), Texts.blankToNull(note)));
            } catch (StepRefused e) {
                refused.add(new BatchResult.Outcome(id, numberIfVisible(id), e.getMessage()));
            } catch (AccessDeniedException e) {
                audit.record(new AuditEvent(null, null, e.objectType(), e.objectId(), "ACCESS_DENIED",
                        AuditOutcome.DENIED, Map.of("step", FieldChange.created(step))));
                refused.add(new BatchResult.Outcome(id, null, "无权办理该案件 / " + e.getMessage()));
            } catch (RuntimeException e) {
                refused.add(new BatchResult.Outcome(id, numberIfVisible(id), reasonOf(e)));
            }
        }
        return new BatchResult(step, done, refused);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public BatchResult.Outcome performOne(FastTrialStep step, long caseId, String dutyLawyer, String note) {
        CaseFile c = access.workable(caseId);
        FastTrialProgress progress = em.find(FastTrialProgress.class, caseId);
        boolean fresh = progress == null;
        if (fresh) {
            progress = new FastTrialProgress(caseId);
        }
        Optional<StepRules.Refusal> refusal = StepRules.check(step, state(c, progress), dutyLawyer);
        if (refusal.isPresent()) {
            throw new StepRefused(refusal.get().text());
        }
        Stage from = c.getStage();
        String reason = step.chineseName() + (note == null ? "" : "：" + note);
        if (step == FastTrialStep.NOTIFY_RIGHTS && from == Stage.ASSIGNED) {
            flow.transition(caseId, Stage.UNDER_REVIEW, reason);
        }
        if (step == FastTrialStep.PROSECUTE) {
            if (c.getStage() != Stage.PENDING_DECISION) {
                flow.transition(caseId, Stage.PENDING_DECISION, reason);
            }
            flow.transition(caseId, Stage.DECIDED, reason);
        }
        Instant now = history.now();
        progress.record(step, now, dutyLawyer);
        if (fresh) {
            em.persist(progress);
        }
        Map<String, FieldChange> changes = FieldChange.changes()
                .field("step", null, step)
                .field("dutyLawyer", null, step == FastTrialStep.SIGN_PLEA ? dutyLawyer : null)
                .build();
        history.record(c, access.user().username(), "FAST_TRIAL_" + step.name(), from, c.getStage(), reason, changes);
        return new BatchResult.Outcome(caseId, c.getCaseNumber(), null);
    }

    /** The user's simple in-progress cases with their progress, most urgent first; two queries, no N+1. */
    public List<BatchCandidate> candidates(int offset, int limit) {
        UserContext user = access.user();
        List<CaseFile> cases = em.createQuery("SELECT c FROM CaseFile c WHERE c.handlerId = :me AND c.inProgress = TRUE "
                        + "AND c.complexity = :simple ORDER BY c.deadline, c.id", CaseFile.class)
                .setParameter("me", user.id())
                .setParameter("simple", Complexity.SIMPLE)
                .setFirstResult(offset).setMaxResults(limit)
                .getResultList();
        if (cases.isEmpty()) {
            return List.of();
        }
        Map<Long, FastTrialProgress> progress = new HashMap<>();
        em.createQuery("SELECT p FROM FastTrialProgress p WHERE p.caseId IN :ids", FastTrialProgress.class)
                .setParameter("ids", cases.stream().map(CaseFile::getId).toList())
                .getResultList().forEach(p -> progress.put(p.caseId(), p));
        return cases.stream().map(c -> {
            FastTrialProgress p = progress.get(c.getId());
            return new BatchCandidate(c.getId(), c.getCaseNumber(), c.getStage().name(), c.isGuiltyPlea(),
                    c.getDeadline(), p != null && p.rightsNotified(), p != null && p.pleaSigned(),
                    p != null && p.hearingHeld(), p != null && p.prosecuted());
        }).toList();
    }

    private static StepRules.CaseState state(CaseFile c, FastTrialProgress p) {
        return new StepRules.CaseState(c.getStage(), c.getComplexity(), c.isGuiltyPlea(), p.rightsNotified(),
                p.pleaSigned(), p.hearingHeld(), p.prosecuted());
    }

    private String numberIfVisible(long id) {
        CaseFile c = em.find(CaseFile.class, id);
        return c != null && CaseAccess.covers(currentUser.scope(), c) ? c.getCaseNumber() : null;
    }

    private static String reasonOf(RuntimeException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
