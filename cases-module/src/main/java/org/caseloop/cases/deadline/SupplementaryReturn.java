package org.caseloop.cases.deadline;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One return of a case for supplementary investigation (退回补充侦查).
 *
 * @param sentOn the day the case went back to the investigators
 * @param backOn the day it came back to the procuratorate; {@code null} while it is still out
 */
public record SupplementaryReturn(LocalDate sentOn, LocalDate backOn) {

    public SupplementaryReturn {
        Objects.requireNonNull(sentOn, "sentOn");
        if (backOn != null && backOn.isBefore(sentOn)) {
            throw new IllegalArgumentException("A case cannot come back (" + backOn + ") before it was sent ("
                    + sentOn + ")");
        }
    }

    public static SupplementaryReturn sent(LocalDate sentOn) {
        return new SupplementaryReturn(sentOn, null);
    }

    public boolean isOut() {
        return backOn == null;
    }

    public Optional<LocalDate> back() {
        return Optional.ofNullable(backOn);
    }
}
