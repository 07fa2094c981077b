package org.caseloop.platform.organisation;

import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Nobody grants a role above their own: the security and audit roles are the security administrator's to give. */
class RoleGrantsTest {

    @Test
    void onlyTheSecurityAdministratorGrantsTheSecurityAndAuditRoles() {
        assertFalse(RoleGrants.mayGrant(Set.of(Role.ADMIN), Role.AUDIT_ADMIN));
        assertFalse(RoleGrants.mayGrant(Set.of(Role.ADMIN), Role.SECURITY_ADMIN));
        assertTrue(RoleGrants.mayGrant(Set.of(Role.SECURITY_ADMIN), Role.AUDIT_ADMIN));
        assertFalse(RoleGrants.mayGrant(Set.of(Role.AUDIT_ADMIN), Role.AUDIT_ADMIN), "the auditor grants nothing");
    }

    @Test
    void theSystemAndSecurityAdministratorsGrantTheOtherRoles() {
        assertTrue(RoleGrants.mayGrant(Set.of(Role.ADMIN), Role.CHIEF));
        assertTrue(RoleGrants.mayGrant(Set.of(Role.ADMIN), Role.ADMIN));
        assertTrue(RoleGrants.mayGrant(Set.of(Role.SECURITY_ADMIN), Role.HANDLER));
    }

    @Test
    void aCaseRoleGrantsNothingEvenAChief() {
        assertFalse(RoleGrants.mayGrant(Set.of(Role.CHIEF, Role.COMMITTEE), Role.HANDLER));
    }

    @Test
    void withdrawingARoleNeedsTheRightToGrantIt() {
        assertEquals(EnumSet.of(Role.AUDIT_ADMIN), RoleGrants.refused(Set.of(Role.ADMIN),
                EnumSet.of(Role.AUDIT_ADMIN), EnumSet.of(Role.HANDLER)));
        assertTrue(RoleGrants.refused(Set.of(Role.ADMIN), EnumSet.of(Role.DIRECTOR, Role.HANDLER),
                EnumSet.of(Role.HANDLER)).isEmpty());
    }
}
