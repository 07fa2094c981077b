package org.caseloop.cases.statistics;

import org.caseloop.cases.scope.CaseScope;
import org.caseloop.cases.scope.Sql;
import org.caseloop.platform.security.DataScope;

import java.time.LocalDate;

/**
 * The three aggregate statements behind the statistics, each over the cases received in the period
 * within the user's scope (index (procuratorate_id, received_date)). They only count and group; every
 * ratio and average is computed in {@link Figures}, identically on PostgreSQL and H2.
 */
final class StatisticsQueries {

    private StatisticsQueries() {
    }

    /** Cases received in the period within scope, optionally of one procuratorate. */
    static Sql where(DataScope scope, LocalDate from, LocalDate to, Long procuratorateId) {
        Sql sql = new Sql().append(" WHERE ").append(CaseScope.predicate(scope, "c"))
                .append(" AND c.received_date >= ").param(from)
                .append(" AND c.received_date <= ").param(to);
        if (procuratorateId != null) {
            sql.append(" AND c.procuratorate_id = ").param(procuratorateId);
        }
        return sql;
    }

    /** procuratorate, group, team, count: the team tells whether a fast-trial team handled the cases. */
    static Sql received(DataScope scope, LocalDate from, LocalDate to, Long procuratorateId, GroupBy groupBy) {
        String keys = groupBy == GroupBy.TEAM ? "c.procuratorate_id, c.team_id" : "c.procuratorate_id, c.department_id, c.team_id";
        return new Sql().append("SELECT " + keys + ", COUNT(*) FROM cases_case c")
                .append(where(scope, from, to, procuratorateId))
                .append(" GROUP BY " + keys);
    }

    /** procuratorate, group, complexity, received date, decision date, count, of decided and closed cases. */
    static Sql decided(DataScope scope, LocalDate from, LocalDate to, Long procuratorateId, GroupBy groupBy) {
        String keys = "c.procuratorate_id, c." + groupBy.column() + ", c.complexity, c.received_date, "
                + "CAST(c.decided_at AS DATE)";
        return new Sql().append("SELECT " + keys + ", COUNT(*) FROM cases_case c")
                .append(where(scope, from, to, procuratorateId))
                .append(" AND c.stage IN ('DECIDED', 'CLOSED') AND c.decided_at IS NOT NULL")
                .append(" GROUP BY " + keys);
    }

    /** procuratorate, group, stage, count, overdue count, provisional count, of cases still in progress. */
    static Sql open(DataScope scope, LocalDate from, LocalDate to, Long procuratorateId, GroupBy groupBy,
                    LocalDate today) {
        String keys = "c.procuratorate_id, c." + groupBy.column() + ", c.stage";
        return new Sql().append("SELECT " + keys + ", COUNT(*), SUM(CASE WHEN c.deadline < ").param(today)
                .append(" THEN 1 ELSE 0 END), SUM(CASE WHEN c.deadline_provisional_year IS NOT NULL THEN 1 ELSE 0 END)"
                        + " FROM cases_case c")
                .append(where(scope, from, to, procuratorateId))
                .append(" AND c.in_progress = TRUE GROUP BY " + keys);
    }
}
