package org.caseloop.cases.statistics;

import java.time.LocalDate;
import java.util.List;

/** The answer of {@code GET /cases/api/statistics}: the period (on the date received), one row per group, and the total. */
public record StatisticsReport(LocalDate from, LocalDate to, GroupBy groupBy, List<StatisticsRow> rows,
                               StatisticsRow total) {
}
