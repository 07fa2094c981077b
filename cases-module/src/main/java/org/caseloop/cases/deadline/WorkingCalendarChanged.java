package org.caseloop.cases.deadline;

/**
 * An administrator changed the working-day calendar of {@code year}. Fired inside the editing
 * transaction; observers that recompute deadlines should observe it after success.
 */
public record WorkingCalendarChanged(int year) {
}
