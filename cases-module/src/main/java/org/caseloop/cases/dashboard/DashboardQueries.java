package org.caseloop.cases.dashboard;

import org.caseloop.cases.scope.CaseScope;
import org.caseloop.cases.scope.Sql;
import org.caseloop.platform.security.DataScope;

import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;

/**
 * The home page's SQL. Every statement starts from {@code in_progress = TRUE} and the scope predicate,
 * so that the (owner, in_progress, deadline) indexes serve both the filter and the urgency order.
 */
final class DashboardQueries {

    /** A deadline within this many days from today is "due this week". */
    static final int DUE_SOON_DAYS = 7;

    private static final String COLUMNS = "c.id, c.case_number, c.business_type, c.stage, c.handler_id, c.risk_level, "
            + "c.deadline, c.deadline_provisional_year";

    private static final String URGENCY = "ORDER BY c.deadline ASC NULLS LAST, c.id ASC";

    private DashboardQueries() {
    }

    /** In progress and within scope: the base of every dashboard query. */
    static Sql openInScope(DataScope scope) {
        return new Sql().append("c.in_progress = TRUE AND ").append(CaseScope.predicate(scope, "c"));
    }

    static Sql where(DataScope scope, DashboardFilter filter, LocalDate today) {
        return new Sql().append(" WHERE ").append(openInScope(scope)).append(filters(filter, today));
    }

    /** The filter's conditions, each starting with {@code AND}. */
    private static Sql filters(DashboardFilter filter, LocalDate today) {
        Sql sql = new Sql();
        if (filter.departmentId() != null) {
            sql.append(" AND c.department_id = ").param(filter.departmentId());
        }
        if (filter.teamId() != null) {
            sql.append(" AND c.team_id = ").param(filter.teamId());
        }
        if (filter.stage() != null) {
            sql.append(" AND c.stage = ").param(filter.stage());
        }
        if (filter.risk() != null) {
            sql.append(" AND c.risk_level = ").param(filter.risk());
        }
        if (filter.overdueOnly()) {
            sql.append(" AND c.deadline < ").param(today);
        }
        if (filter.provisionalOnly()) {
            sql.append(" AND c.deadline_provisional_year IS NOT NULL");
        }
        if (filter.label() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM cases_case_label l WHERE l.case_id = c.id AND l.label = ")
                    .param(filter.label()).append(")");
        }
        return sql;
    }

    /**
     * One page, most urgent first: deadline ascending with cases without a deadline last, then by id.
     *
     * <p>A scope made of several owners (a handler and their team; a city and its districts) is read as one index
     * range per owner, each already in deadline order and cut at {@code offset + limit} rows, then merged and cut
     * again. A single {@code OR} or {@code IN (…)} over the owners would make the database gather and sort every
     * open case of the scope for each page.
     */
    static Sql items(DataScope scope, DashboardFilter filter, LocalDate today, int offset, int limit) {
        List<Sql> ranges = ranges(scope);
        if (ranges.size() < 2) {
            return new Sql().append("SELECT " + COLUMNS + " FROM cases_case c")
                    .append(where(scope, filter, today))
                    .append(" " + URGENCY + " LIMIT ").param(limit)
                    .append(" OFFSET ").param(offset);
        }
        // A handler's case is usually also their team's: UNION drops the copy. Procuratorates never overlap.
        String union = scope.level() == DataScope.Level.OWN ? " UNION " : " UNION ALL ";
        Sql sql = new Sql().append("SELECT " + COLUMNS + " FROM (");
        for (int i = 0; i < ranges.size(); i++) {
            sql.append(i == 0 ? "" : union)
                    .append("(SELECT " + COLUMNS + " FROM cases_case c WHERE c.in_progress = TRUE AND ")
                    .append(ranges.get(i)).append(filters(filter, today))
                    .append(" " + URGENCY + " LIMIT ").param(offset + limit).append(")");
        }
        return sql.append(") c " + URGENCY + " LIMIT ").param(limit).append(" OFFSET ").param(offset);
    }

    /** The scope's owners, each a predicate one index serves in deadline order; one or none: no merge needed. */
    private static List<Sql> ranges(DataScope scope) {
        return switch (scope.level()) {
            case OWN -> scope.teamId() == null ? List.of() : List.of(
                    new Sql().append("c.handler_id = ").param(scope.userId()),
                    new Sql().append("c.team_id = ").param(scope.teamId()));
            case DEPARTMENT -> List.of();
            case PROCURATORATE, CITY -> new TreeSet<>(scope.procuratorateIds()).stream()
                    .map(id -> new Sql().append("c.procuratorate_id = ").param(id)).toList();
        };
    }

    static Sql total(DataScope scope, DashboardFilter filter, LocalDate today) {
        return new Sql().append("SELECT COUNT(*) FROM cases_case c").append(where(scope, filter, today));
    }

    /**
     * The four counts at the top of the page in one pass over the scope's open cases: in progress, due within
     * seven days from today (inclusive), overdue, high risk. They read only the deadline and the risk level, which
     * the scope indexes hold, so the cases are counted from the indexes without visiting the table.
     */
    static Sql counts(DataScope scope, LocalDate today) {
        Sql cases;
        if (scope.level() == DataScope.Level.OWN && scope.teamId() != null) {
            // The team's cases, plus the handler's own outside the team: two index ranges instead of an OR.
            cases = new Sql().append("(SELECT c.deadline, c.risk_level FROM cases_case c WHERE c.in_progress = TRUE "
                            + "AND c.team_id = ").param(scope.teamId())
                    .append(" UNION ALL SELECT c.deadline, c.risk_level FROM cases_case c WHERE c.in_progress = TRUE "
                            + "AND c.handler_id = ").param(scope.userId())
                    .append(" AND (c.team_id IS NULL OR c.team_id <> ").param(scope.teamId()).append(")) c");
        } else {
            cases = new Sql().append("cases_case c WHERE ").append(openInScope(scope));
        }
        return new Sql().append("SELECT COUNT(*), SUM(CASE WHEN c.deadline >= ").param(today)
                .append(" AND c.deadline <= ").param(today.plusDays(DUE_SOON_DAYS))
                .append(" THEN 1 ELSE 0 END), SUM(CASE WHEN c.deadline < ").param(today)
                .append(" THEN 1 ELSE 0 END), SUM(CASE WHEN c.risk_level = ").param("HIGH")
                .append(" THEN 1 ELSE 0 END) FROM ").append(cases);
    }

    static Sql suspects(List<Long> caseIds) {
        return new Sql().append("SELECT s.case_id, s.name FROM cases_suspect s WHERE s.case_id IN ").in(caseIds)
                .append(" ORDER BY s.case_id, s.ordinal");
    }

    static Sql labels(List<Long> caseIds) {
        return new Sql().append("SELECT l.case_id, l.label FROM cases_case_label l WHERE l.case_id IN ").in(caseIds)
                .append(" ORDER BY l.case_id, l.label");
    }

    /** The charges of the page's cases, lowest code first: the first of each case is its main charge. */
    static Sql charges(List<Long> caseIds) {
        return new Sql().append("SELECT cc.case_id, ch.name FROM cases_case_charge cc "
                        + "JOIN cases_charge ch ON ch.code = cc.charge_code WHERE cc.case_id IN ").in(caseIds)
                .append(" ORDER BY cc.case_id, cc.charge_code");
    }

    /** "张三、李四等3人": the first two names, and the total when there are more. */
    static String suspectSummary(List<String> names) {
        if (names == null || names.isEmpty()) {
            return "";
        }
        String shown = String.join("、", names.subList(0, Math.min(2, names.size())));
        return names.size() > 2 ? shown + "等" + names.size() + "人" : shown;
    }
}
