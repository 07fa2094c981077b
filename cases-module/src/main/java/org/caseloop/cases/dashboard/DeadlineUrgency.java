package org.caseloop.cases.dashboard;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * How close an in-progress case is to its review deadline, as the home page colours it. The deadline
 * itself comes from the case card (computed by the deadline calculator at intake); here we only compare
 * it with today. Red starts with the early-warning period before the deadline (legal-rules §4: 5 days
 * for prosecution review, 2 for arrest review, configurable), amber one such period earlier.
 */
public enum DeadlineUrgency {
    OVERDUE,
    RED,
    AMBER,
    GREEN,
    /** No deadline on the case card (appeals, or a clock not yet set). */
    NONE;

    public static DeadlineUrgency of(LocalDate today, LocalDate deadline, int leadDays) {
        if (deadline == null) {
            return NONE;
        }
        long left = daysLeft(today, deadline);
        if (left < 0) {
            return OVERDUE;
        }
        if (left <= leadDays) {
            return RED;
        }
        if (left <= 2L * leadDays) {
            return AMBER;
        }
        return GREEN;
    }

    /** Days from today to the deadline: 0 on the last day, negative once it has passed. */
    public static long daysLeft(LocalDate today, LocalDate deadline) {
        return ChronoUnit.DAYS.between(today, deadline);
    }

    /** The style class of caseloop.css, e.g. {@code cl-deadline-amber}; empty for {@link #NONE}. */
    public String styleClass() {
        return this == NONE ? "" : "cl-deadline-" + name().toLowerCase(Locale.ROOT);
    }
}
