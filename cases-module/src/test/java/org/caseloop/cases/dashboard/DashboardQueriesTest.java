package org.caseloop.cases.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.caseloop.cases.scope.Sql;
import org.caseloop.platform.security.DataScope;
import org.junit.jupiter.api.Test;

class DashboardQueriesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    private static final DataScope HANDLER = new DataScope(DataScope.Level.OWN, 7L, 3L, 2L, Set.of(1L));

    @Test
    void mostUrgentFirstWithCasesWithoutDeadlineLastThenById() {
        DataScope director = new DataScope(DataScope.Level.DEPARTMENT, 7L, null, 2L, Set.of(1L));
        Sql sql = DashboardQueries.items(director, DashboardFilter.none(), TODAY, 40, 20);
        assertEquals("SELECT c.id, c.case_number, c.business_type, c.stage, c.handler_id, c.risk_level, c.deadline, "
                + "c.deadline_provisional_year FROM cases_case c WHERE c.in_progress = TRUE AND (c.department_id = ?) "
                + "ORDER BY c.deadline ASC NULLS LAST, c.id ASC LIMIT ? OFFSET ?", sql.text());
        assertEquals(List.of(2L, 20, 40), sql.params());
    }

    @Test
    void aHandlersOwnAndTeamCasesAreTwoRangesWithoutDuplicates() {
        Sql sql = DashboardQueries.items(HANDLER, DashboardFilter.none(), TODAY, 0, 20);
        String select = "SELECT c.id, c.case_number, c.business_type, c.stage, c.handler_id, c.risk_level, c.deadline, "
                + "c.deadline_provisional_year ";
        String order = "ORDER BY c.deadline ASC NULLS LAST, c.id ASC";
        assertEquals(select + "FROM ((" + select + "FROM cases_case c WHERE c.in_progress = TRUE AND c.handler_id = ? "
                + order + " LIMIT ?) UNION (" + select + "FROM cases_case c WHERE c.in_progress = TRUE AND "
                + "c.team_id = ? " + order + " LIMIT ?)) c " + order + " LIMIT ? OFFSET ?", sql.text());
        assertEquals(List.of(7L, 20, 3L, 20, 20, 0), sql.params());
    }

    @Test
    void aCityIsReadAsOneDeadlineOrderedRangePerProcuratorateCutAtTheEndOfThePage() {
        DataScope chief = new DataScope(DataScope.Level.CITY, 1L, null, null, Set.of(12L, 10L, 11L));
        DashboardFilter highRisk = new DashboardFilter(null, null, null, null, "HIGH", false, false);
        Sql sql = DashboardQueries.items(chief, highRisk, TODAY, 40, 20);
        String branch = "(SELECT c.id, c.case_number, c.business_type, c.stage, c.handler_id, c.risk_level, "
                + "c.deadline, c.deadline_provisional_year FROM cases_case c WHERE c.in_progress = TRUE "
                + "AND c.procuratorate_id = ? "
                + "AND c.risk_level = ? ORDER BY c.deadline ASC NULLS LAST, c.id ASC LIMIT ?)";
        assertEquals("SELECT c.id, c.case_number, c.business_type, c.stage, c.handler_id, c.risk_level, c.deadline, "
                + "c.deadline_provisional_year FROM (" + branch + " UNION ALL " + branch + " UNION ALL " + branch + ") c "
                + "ORDER BY c.deadline ASC NULLS LAST, c.id ASC LIMIT ? OFFSET ?", sql.text());
        assertEquals(List.of(10L, "HIGH", 60, 11L, "HIGH", 60, 12L, "HIGH", 60, 20, 40), sql.params());
    }

    @Test
    void aSingleProcuratorateIsOneRange() {
        DataScope chief = new DataScope(DataScope.Level.PROCURATORATE, 1L, null, null, Set.of(10L));
        Sql sql = DashboardQueries.items(chief, DashboardFilter.none(), TODAY, 0, 20);
        assertEquals("SELECT c.id, c.case_number, c.business_type, c.stage, c.handler_id, c.risk_level, c.deadline, "
                + "c.deadline_provisional_year FROM cases_case c WHERE c.in_progress = TRUE "
                + "AND (c.procuratorate_id IN (?)) "
                + "ORDER BY c.deadline ASC NULLS LAST, c.id ASC LIMIT ? OFFSET ?", sql.text());
        assertEquals(List.of(10L, 20, 0), sql.params());
    }

    @Test
    void everyFilterNarrowsWithinTheScope() {
        DashboardFilter filter = new DashboardFilter(2L, 9L, "IN_CUSTODY", "UNDER_REVIEW", "HIGH", true, true);
        Sql sql = DashboardQueries.total(HANDLER, filter, TODAY);
        assertEquals("SELECT COUNT(*) FROM cases_case c WHERE c.in_progress = TRUE AND (c.handler_id = ? OR "
                + "c.team_id = ?) AND c.department_id = ? AND c.team_id = ? AND c.stage = ? AND c.risk_level = ? "
                + "AND c.deadline < ? AND c.deadline_provisional_year IS NOT NULL AND EXISTS (SELECT 1 FROM cases_case_label l WHERE l.case_id = c.id "
                + "AND l.label = ?)", sql.text());
        assertEquals(List.of(7L, 3L, 2L, 9L, "UNDER_REVIEW", "HIGH", TODAY, "IN_CUSTODY"), sql.params());
    }

    @Test
    void theCountsAreOnePassDueThisWeekFromTodayToSevenDaysAheadOverdueBeforeToday() {
        DataScope director = new DataScope(DataScope.Level.DEPARTMENT, 7L, null, 2L, Set.of(1L));
        Sql counts = DashboardQueries.counts(director, TODAY);
        assertEquals("SELECT COUNT(*), SUM(CASE WHEN c.deadline >= ? AND c.deadline <= ? THEN 1 ELSE 0 END), "
                + "SUM(CASE WHEN c.deadline < ? THEN 1 ELSE 0 END), SUM(CASE WHEN c.risk_level = ? THEN 1 ELSE 0 END) "
                + "FROM cases_case c WHERE c.in_progress = TRUE AND (c.department_id = ?)", counts.text());
        assertEquals(List.of(TODAY, LocalDate.of(2026, 12, 2), TODAY, "HIGH", 2L), counts.params());
    }

    @Test
    void aHandlersCountsAreTheTeamsCasesPlusTheirOwnOutsideTheTeamEachCountedOnce() {
        Sql counts = DashboardQueries.counts(HANDLER, TODAY);
        assertTrue(counts.text().endsWith("FROM (SELECT c.deadline, c.risk_level FROM cases_case c WHERE "
                + "c.in_progress = TRUE AND c.team_id = ? UNION ALL SELECT c.deadline, c.risk_level FROM cases_case c "
                + "WHERE c.in_progress = TRUE AND c.handler_id = ? AND (c.team_id IS NULL OR c.team_id <> ?)) c"),
                counts.text());
        assertEquals(List.of(TODAY, LocalDate.of(2026, 12, 2), TODAY, "HIGH", 3L, 7L, 3L), counts.params());
    }

    @Test
    void suspectsShowTheFirstTwoNamesAndHowManyThereAre() {
        assertEquals("", DashboardQueries.suspectSummary(null));
        assertEquals("张三", DashboardQueries.suspectSummary(List.of("张三")));
        assertEquals("张三、李四", DashboardQueries.suspectSummary(List.of("张三", "李四")));
        assertEquals("张三、李四等3人", DashboardQueries.suspectSummary(List.of("张三", "李四", "王五")));
        assertEquals("张三、李四等5人", DashboardQueries.suspectSummary(List.of("张三", "李四", "王五", "赵六", "钱七")));
    }

    @Test
    void theMainChargeIsTheLowestCodeSoTheChoiceIsStable() {
        assertTrue(DashboardQueries.charges(List.of(1L, 2L)).text().endsWith("ORDER BY cc.case_id, cc.charge_code"));
    }
}
