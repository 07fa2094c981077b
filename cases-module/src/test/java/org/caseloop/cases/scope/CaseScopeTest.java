package org.caseloop.cases.scope;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;

import org.caseloop.platform.security.DataScope;
import org.junit.jupiter.api.Test;

class CaseScopeTest {

    @Test
    void aHandlerSeesTheirOwnCasesAndTheirTeams() {
        Sql sql = CaseScope.predicate(new DataScope(DataScope.Level.OWN, 7L, 3L, 2L, Set.of(1L)), "c");
        assertEquals("(c.handler_id = ? OR c.team_id = ?)", sql.text());
        assertEquals(List.of(7L, 3L), sql.params());
    }

    @Test
    void aHandlerWithoutATeamSeesOnlyTheirOwnCases() {
        Sql sql = CaseScope.predicate(new DataScope(DataScope.Level.OWN, 7L, null, 2L, Set.of(1L)), "c");
        assertEquals("(c.handler_id = ?)", sql.text());
        assertEquals(List.of(7L), sql.params());
    }

    @Test
    void aDirectorSeesTheDepartment() {
        Sql sql = CaseScope.predicate(new DataScope(DataScope.Level.DEPARTMENT, 7L, null, 2L, Set.of(1L)), "x");
        assertEquals("(x.department_id = ?)", sql.text());
        assertEquals(List.of(2L), sql.params());
    }

    @Test
    void aDirectorWithoutADepartmentSeesNothing() {
        Sql sql = CaseScope.predicate(new DataScope(DataScope.Level.DEPARTMENT, 7L, null, null, Set.of(1L)), "c");
        assertEquals("(1 = 0)", sql.text());
        assertEquals(List.of(), sql.params());
    }

    @Test
    void aCityLeaderSeesEveryProcuratorateOfTheScopeInAStableOrder() {
        Sql sql = CaseScope.predicate(new DataScope(DataScope.Level.CITY, 7L, null, null, Set.of(4L, 1L, 3L)), "c");
        assertEquals("(c.procuratorate_id IN (?, ?, ?))", sql.text());
        assertEquals(List.of(1L, 3L, 4L), sql.params());
    }

    @Test
    void aProcuratorateLeaderSeesTheirProcuratorate() {
        Sql sql = CaseScope.predicate(new DataScope(DataScope.Level.PROCURATORATE, 7L, null, null, Set.of(5L)), "c");
        assertEquals("(c.procuratorate_id IN (?))", sql.text());
        assertEquals(List.of(5L), sql.params());
    }

    @Test
    void anEmptyInListMatchesNothing() {
        assertEquals("x IN (NULL)", new Sql().append("x IN ").in(List.of()).text());
    }
}
