package org.caseloop.cases.triage;

import org.caseloop.cases.api.Procedure;

import java.util.Optional;

/**
 * When a case takes the fast track (快慢分道). Each criterion can be switched off in a standard; any one that holds is
 * enough.
 *
 * @param expedited             the case is under the expedited procedure (速裁)
 * @param summaryWithGuiltyPlea the case is under the summary procedure (简易) and the suspect pleads guilty
 * @param simpleCategory        the case matched a simple-case category
 */
public record FastTrackCriteria(boolean expedited, boolean summaryWithGuiltyPlea, boolean simpleCategory) {

    public static final FastTrackCriteria ALL = new FastTrackCriteria(true, true, true);

    /** The first criterion the case meets, as the reason for the fast track; empty when none does. */
    Optional<Explanation> fastReason(TriageFacts facts, boolean simple) {
        if (expedited && facts.procedure() == Procedure.EXPEDITED) {
            return Optional.of(new Explanation("快速办理：适用速裁程序", "fast: expedited procedure"));
        }
        if (summaryWithGuiltyPlea && facts.procedure() == Procedure.SUMMARY && facts.guiltyPlea()) {
            return Optional.of(new Explanation("快速办理：简易程序且认罪认罚", "fast: summary procedure with guilty plea"));
        }
        if (simpleCategory && simple) {
            return Optional.of(new Explanation("快速办理：属于简案", "fast: simple case"));
        }
        return Optional.empty();
    }
}
