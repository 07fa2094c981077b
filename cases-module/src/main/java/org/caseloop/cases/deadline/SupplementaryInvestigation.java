package org.caseloop.cases.deadline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The returns of one case for supplementary investigation (CPL art. 175): at most two, each for at
 * most one month. The review clock stops while the case is out and starts again in full when it
 * comes back, so the review starts on the last day the case came back. Every return stays on record.
 */
public record SupplementaryInvestigation(List<SupplementaryReturn> returns) {

    public static final int MAX_RETURNS = 2;

    /** How long the investigators have for each return; count it with {@link DeadlineCalculator}. */
    public static final LegalPeriod PERIOD_PER_RETURN = LegalPeriod.ofMonths(1);

    public SupplementaryInvestigation {
        returns = List.copyOf(returns);
        if (returns.size() > MAX_RETURNS) {
            throw new SupplementaryReturnLimitException();
        }
        for (int i = 1; i < returns.size(); i++) {
            SupplementaryReturn previous = returns.get(i - 1);
            if (previous.isOut()) {
                throw new IllegalArgumentException("The return of " + previous.sentOn()
                        + " has not come back, so the case cannot be returned again");
            }
            if (returns.get(i).sentOn().isBefore(previous.backOn())) {
                throw new IllegalArgumentException("Returns must be in order: " + returns.get(i).sentOn()
                        + " is before the case came back on " + previous.backOn());
            }
        }
    }

    public static SupplementaryInvestigation none() {
        return new SupplementaryInvestigation(List.of());
    }

    /**
     * Records a further return.
     *
     * @throws SupplementaryReturnLimitException if the case has already been returned twice
     */
    public SupplementaryInvestigation sendBack(LocalDate sentOn) {
        if (returns.size() == MAX_RETURNS) {
            throw new SupplementaryReturnLimitException();
        }
        List<SupplementaryReturn> next = new ArrayList<>(returns);
        next.add(SupplementaryReturn.sent(sentOn));
        return new SupplementaryInvestigation(next);
    }

    /** Records that the case now out has come back. */
    public SupplementaryInvestigation caseBack(LocalDate backOn) {
        if (!isOut()) {
            throw new IllegalStateException("The case is not out for supplementary investigation");
        }
        List<SupplementaryReturn> next = new ArrayList<>(returns);
        SupplementaryReturn current = next.remove(next.size() - 1);
        next.add(new SupplementaryReturn(current.sentOn(), backOn));
        return new SupplementaryInvestigation(next);
    }

    public boolean isOut() {
        return !returns.isEmpty() && returns.get(returns.size() - 1).isOut();
    }

    /**
     * The day the current review period starts from (not counted itself): the day the case last came
     * back, or the day it was received if it was never returned.
     *
     * @return empty while the case is out and the review clock is stopped
     */
    public Optional<LocalDate> reviewStart(LocalDate received) {
        if (returns.isEmpty()) {
            return Optional.of(received);
        }
        if (returns.get(0).sentOn().isBefore(received)) {
            throw new IllegalArgumentException("The case was returned on " + returns.get(0).sentOn()
                    + ", before it was received on " + received);
        }
        return returns.get(returns.size() - 1).back();
    }
}
