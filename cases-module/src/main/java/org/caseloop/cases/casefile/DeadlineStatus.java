package org.caseloop.cases.casefile;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The warning colour of a deadline (预警). With {@code remaining} the days from today to the deadline:
 * <ul>
 * <li>{@code OVERDUE}: the deadline has passed (remaining &lt; 0);</li>
 * <li>{@code RED}: the last day or the day before it (remaining ≤ 1, and never more than the lead days);</li>
 * <li>{@code AMBER}: inside the warning lead (remaining ≤ lead days: 5 for prosecution review, 2 for arrest review
 * by local practice, configurable);</li>
 * <li>{@code GREEN}: otherwise.</li>
 * </ul>
 */
public enum DeadlineStatus {
    GREEN,
    AMBER,
    RED,
    OVERDUE;

    private static final long LAST_DAYS = 1;

    public static DeadlineStatus of(LocalDate deadline, LocalDate today, int leadDays) {
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(today, "today");
        if (leadDays < 0) {
            throw new IllegalArgumentException("Lead days cannot be negative: " + leadDays);
        }
        long remaining = ChronoUnit.DAYS.between(today, deadline);
        if (remaining < 0) {
            return OVERDUE;
        }
        if (remaining <= Math.min(LAST_DAYS, leadDays)) {
            return RED;
        }
        if (remaining <= leadDays) {
            return AMBER;
        }
        return GREEN;
    }

    /** The style class of caseloop.css for this colour, e.g. {@code cl-deadline-amber}. */
    public String styleClass() {
        return "cl-deadline-" + name().toLowerCase(java.util.Locale.ROOT);
    }
}
