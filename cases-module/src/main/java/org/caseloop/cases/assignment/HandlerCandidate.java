package org.caseloop.cases.assignment;

/**
 * A member of staff who might take a case, with their open workload.
 *
 * @param handler    holds the HANDLER role (承办检察官)
 * @param openWeight open cases weighted 1 for a simple and 2 for a complex case
 */
public record HandlerCandidate(long id, String name, boolean handler, boolean onLeave, int openWeight) {

    public boolean available() {
        return handler && !onLeave;
    }
}
