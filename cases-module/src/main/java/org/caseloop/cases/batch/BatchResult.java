package org.caseloop.cases.batch;

import java.util.List;

/** What a centralised step did: the cases that took it and, by name, those that could not and why. */
public record BatchResult(FastTrialStep step, List<Outcome> done, List<Outcome> refused) {

    /** One case: its id, its number when the user may see it, and the reason when refused. */
    public record Outcome(long caseId, String caseNumber, String reason) {
    }
}
