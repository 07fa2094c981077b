package org.caseloop.platform.organisation;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Administrators stay inside their own procuratorate; a city administrator also manages its districts. */
class AdminScopeTest {

    private static final long HOME = 1;
    private static final long CITY = 10;
    private static final long DISTRICT = 11;
    private static final long OTHER_DISTRICT = 12;
    private static final long OTHER_CITY = 20;

    @Test
    void aDistrictAdministratorManagesOnlyTheirDistrict() {
        AdminScope scope = AdminScope.of(DISTRICT, OrgLevel.DISTRICT, Set.of(), HOME);
        assertTrue(scope.covers(DISTRICT));
        assertFalse(scope.covers(CITY), "not the city above");
        assertFalse(scope.covers(OTHER_DISTRICT), "not a sister district");
        assertFalse(scope.mayOpenCityOffice());
    }

    @Test
    void aCityAdministratorManagesTheCityAndItsDistricts() {
        AdminScope scope = AdminScope.of(CITY, OrgLevel.CITY, Set.of(DISTRICT, OTHER_DISTRICT), HOME);
        assertTrue(scope.covers(CITY));
        assertTrue(scope.covers(DISTRICT));
        assertTrue(scope.covers(OTHER_DISTRICT));
        assertFalse(scope.covers(OTHER_CITY));
        assertFalse(scope.mayOpenCityOffice());
    }

    @Test
    void theHomeOfficesAdministratorsOpenCityOfficesAndManageThem() {
        AdminScope scope = AdminScope.of(HOME, OrgLevel.CITY, Set.of(), HOME);
        assertTrue(scope.mayOpenCityOffice());
        assertTrue(scope.covers(OTHER_CITY));
    }
}
