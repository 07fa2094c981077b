package org.caseloop.cases.assignment;

import org.caseloop.cases.triage.Explanation;

/**
 * Who takes a case and why. When nobody can take it the handler is null, the department (if known) is kept so that
 * its director sees the case, and the explanation says why.
 */
public record AssignmentDecision(Long departmentId, Long teamId, Long handlerId, Explanation explanation) {

    public boolean assigned() {
        return handlerId != null;
    }
}
