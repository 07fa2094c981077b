package org.caseloop.platform.security;

import org.caseloop.platform.organisation.OrgLevel;
import org.caseloop.platform.organisation.Role;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DataScopesTest {

    private static final long CITY = 1;
    private static final long DISTRICT = 2;
    private static final long OTHER_DISTRICT = 3;

    private static UserContext user(OrgLevel level, long procuratorate, Long department, Long team, Role... roles) {
        return new UserContext(100, "u", "用户", EnumSet.of(roles[0], roles), procuratorate, level, department, team,
                false);
    }

    @Test
    void handlerSeesOwnAndTeamCasesOnly() {
        DataScope scope = DataScopes.of(user(OrgLevel.DISTRICT, DISTRICT, 10L, 20L, Role.HANDLER), Set.of());
        assertEquals(DataScope.Level.OWN, scope.level());
        assertTrue(scope.covers(100L, null, 10L, DISTRICT));
        assertTrue(scope.covers(999L, 20L, 10L, DISTRICT));
        assertFalse(scope.covers(999L, 21L, 10L, DISTRICT));
        assertFalse(scope.covers(100L, 20L, 10L, OTHER_DISTRICT));
    }

    @Test
    void directorSeesTheWholeDepartmentButNotAnother() {
        DataScope scope = DataScopes.of(user(OrgLevel.DISTRICT, DISTRICT, 10L, null, Role.DIRECTOR, Role.HANDLER), Set.of());
        assertEquals(DataScope.Level.DEPARTMENT, scope.level());
        assertTrue(scope.covers(999L, 21L, 10L, DISTRICT));
        assertFalse(scope.covers(999L, 21L, 11L, DISTRICT));
    }

    @Test
    void districtChiefSeesTheProcuratorateOnly() {
        DataScope scope = DataScopes.of(user(OrgLevel.DISTRICT, DISTRICT, null, null, Role.CHIEF), Set.of(OTHER_DISTRICT));
        assertEquals(DataScope.Level.PROCURATORATE, scope.level());
        assertTrue(scope.covers(1L, 2L, 3L, DISTRICT));
        assertFalse(scope.covers(1L, 2L, 3L, OTHER_DISTRICT));
    }

    @Test
    void cityLeadersSeeTheCityAndItsDistricts() {
        DataScope scope = DataScopes.of(user(OrgLevel.CITY, CITY, null, null, Role.DEPUTY_CHIEF),
                Set.of(DISTRICT, OTHER_DISTRICT));
        assertEquals(DataScope.Level.CITY, scope.level());
        assertEquals(Set.of(CITY, DISTRICT, OTHER_DISTRICT), scope.procuratorateIds());
        assertTrue(scope.covers(1L, 2L, 3L, OTHER_DISTRICT));
    }

    @Test
    void cityHandlerDoesNotSeeDistrictCases() {
        DataScope scope = DataScopes.of(user(OrgLevel.CITY, CITY, 10L, 20L, Role.HANDLER), Set.of(DISTRICT));
        assertEquals(Set.of(CITY), scope.procuratorateIds());
        assertFalse(scope.covers(100L, 20L, 10L, DISTRICT));
    }

    @Test
    void theWidestRoleWins() {
        DataScope scope = DataScopes.of(user(OrgLevel.DISTRICT, DISTRICT, 10L, 20L, Role.HANDLER, Role.COMMITTEE),
                Set.of());
        assertEquals(DataScope.Level.PROCURATORATE, scope.level());
    }
}
