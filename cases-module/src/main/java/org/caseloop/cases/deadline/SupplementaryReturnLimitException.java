package org.caseloop.cases.deadline;

/** A third return for supplementary investigation was attempted; CPL art. 175 allows two. */
public class SupplementaryReturnLimitException extends IllegalStateException {

    public SupplementaryReturnLimitException() {
        super("A case may be returned for supplementary investigation at most "
                + SupplementaryInvestigation.MAX_RETURNS + " times (CPL art. 175); a third return is not allowed");
    }
}
