package org.caseloop.cases.casefile;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where a case stands in its flow (案件流程). The allowed moves are the rule below; nothing else may
 * change a case's stage.
 *
 * <pre>
 * RECEIVED ─assign→ ASSIGNED → UNDER_REVIEW ⇄ SUPPLEMENTARY_INVESTIGATION
 *                                  ⇅
 *                           PENDING_DECISION → DECIDED → CLOSED
 * </pre>
 *
 * A case is <em>in progress</em> until it is decided: from then on there is no review deadline and the handler's
 * open workload no longer counts it; serving the documents (DECIDED → CLOSED) only completes the record.
 * Moves into and out of supplementary investigation and the first assignment need facts of their own (dates,
 * a handler) and so are made by their own operations, not by a plain transition.
 */
public enum Stage {
    RECEIVED("受理"),
    ASSIGNED("分案"),
    UNDER_REVIEW("审查"),
    SUPPLEMENTARY_INVESTIGATION("退回补充侦查"),
    PENDING_DECISION("待决定"),
    DECIDED("已决定"),
    CLOSED("结案");

    private static final Map<Stage, Set<Stage>> NEXT = Map.of(
            RECEIVED, EnumSet.of(ASSIGNED),
            ASSIGNED, EnumSet.of(UNDER_REVIEW),
            UNDER_REVIEW, EnumSet.of(SUPPLEMENTARY_INVESTIGATION, PENDING_DECISION),
            SUPPLEMENTARY_INVESTIGATION, EnumSet.of(UNDER_REVIEW),
            PENDING_DECISION, EnumSet.of(UNDER_REVIEW, DECIDED),
            DECIDED, EnumSet.of(CLOSED),
            CLOSED, EnumSet.noneOf(Stage.class));

    private final String chineseName;

    Stage(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }

    /** Every stage this one may move to, by whatever operation. */
    public Set<Stage> next() {
        return Set.copyOf(NEXT.get(this));
    }

    public boolean canMoveTo(Stage target) {
        return NEXT.get(this).contains(target);
    }

    /**
     * Whether the move may be asked for as a plain transition. Assignment and supplementary investigation have
     * their own operations because they carry a handler or dates.
     */
    public boolean canTransitionTo(Stage target) {
        return canMoveTo(target) && !needsOwnOperation(target);
    }

    /** The stages a plain transition may reach from here, for the actions offered on the case page. */
    public Set<Stage> manualTransitions() {
        Set<Stage> result = EnumSet.noneOf(Stage.class);
        for (Stage s : NEXT.get(this)) {
            if (!needsOwnOperation(s)) {
                result.add(s);
            }
        }
        return result;
    }

    private boolean needsOwnOperation(Stage target) {
        return target == ASSIGNED || target == SUPPLEMENTARY_INVESTIGATION || this == SUPPLEMENTARY_INVESTIGATION;
    }

    /** Counted on the dashboard and in the open workload: not yet decided. */
    public boolean inProgress() {
        return this != DECIDED && this != CLOSED;
    }

    /** The stages of the cases in progress, or of those no longer in progress. */
    public static List<Stage> inProgress(boolean inProgress) {
        return Arrays.stream(values()).filter(s -> s.inProgress() == inProgress).toList();
    }
}
