package org.caseloop.cases.scope;

import org.caseloop.platform.security.DataScope;

import java.util.TreeSet;

/**
 * Translates a user's {@link DataScope} into a predicate on {@code cases_case}, each form matching
 * one of the table's (owner, in_progress, deadline) indexes: own work is the handler's cases or their
 * team's, a department's by {@code department_id}, a procuratorate's or a city's by {@code procuratorate_id}.
 */
public final class CaseScope {

    private CaseScope() {
    }

    /**
     * @param alias the alias of {@code cases_case} in the query, e.g. {@code c}
     * @return a parenthesised predicate; one that matches nothing when the scope names no owner
     */
    public static Sql predicate(DataScope scope, String alias) {
        String a = alias + ".";
        Sql sql = new Sql();
        return switch (scope.level()) {
            case OWN -> {
                sql.append("(" + a + "handler_id = ").param(scope.userId());
                if (scope.teamId() != null) {
                    sql.append(" OR " + a + "team_id = ").param(scope.teamId());
                }
                yield sql.append(")");
            }
            case DEPARTMENT -> scope.departmentId() == null
                    ? sql.append("(1 = 0)")
                    : sql.append("(" + a + "department_id = ").param(scope.departmentId()).append(")");
            case PROCURATORATE, CITY -> sql.append("(" + a + "procuratorate_id IN ")
                    // Sorted, so the same scope always gives the same statement text (statement cache).
                    .in(new TreeSet<>(scope.procuratorateIds())).append(")");
        };
    }
}
