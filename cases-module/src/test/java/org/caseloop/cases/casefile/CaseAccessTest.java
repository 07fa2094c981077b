package org.caseloop.cases.casefile;

import org.caseloop.cases.api.BusinessType;
import org.caseloop.platform.organisation.OrgLevel;
import org.caseloop.platform.organisation.Role;
import org.caseloop.platform.security.UserContext;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Administrators do not read cases; full identity numbers are for those who handle the case. */
class CaseAccessTest {

    private static UserContext user(long id, Long department, Role... roles) {
        return new UserContext(id, "u" + id, "用户" + id, Set.of(roles), 1, OrgLevel.CITY, department, null, false);
    }

    private static CaseFile caseHandledBy(long handlerId, long departmentId) {
        CaseFile c = new CaseFile(1, BusinessType.PROSECUTION_REVIEW, "局", "1号", "h", LocalDate.of(2026, 11, 20),
                Instant.EPOCH, "caseoffice");
        c.assign(departmentId, null, handlerId, "分配", "assigned", Instant.EPOCH);
        return c;
    }

    @Test
    void theThreeAdministratorsAreNoCaseReaders() {
        assertTrue(CaseAccess.isAdministratorOnly(user(1, null, Role.ADMIN)));
        assertTrue(CaseAccess.isAdministratorOnly(user(2, null, Role.SECURITY_ADMIN)));
        assertTrue(CaseAccess.isAdministratorOnly(user(3, null, Role.AUDIT_ADMIN)));
        assertFalse(CaseAccess.isAdministratorOnly(user(4, null, Role.CASE_OFFICE)));
        assertFalse(CaseAccess.isAdministratorOnly(user(5, 7L, Role.ADMIN, Role.HANDLER)), "a case role reads cases");
    }

    @Test
    void fullIdNumbersOnlyForThoseWhoHandleTheCase() {
        CaseFile c = caseHandledBy(10, 7);
        assertTrue(CaseAccess.seesFullIdNumbers(user(10, 7L, Role.HANDLER), c));
        assertTrue(CaseAccess.seesFullIdNumbers(user(11, 7L, Role.DIRECTOR), c));
        assertTrue(CaseAccess.seesFullIdNumbers(user(12, null, Role.CHIEF), c));
        assertFalse(CaseAccess.seesFullIdNumbers(user(13, 7L, Role.HANDLER), c), "a colleague of the department");
        assertFalse(CaseAccess.seesFullIdNumbers(user(14, null, Role.CASE_OFFICE), c));
        assertFalse(CaseAccess.seesFullIdNumbers(user(15, null, Role.COMMITTEE), c));
    }
}
