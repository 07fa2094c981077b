package org.caseloop.platform.security;

import org.caseloop.platform.organisation.OrgLevel;
import org.caseloop.platform.organisation.Role;

import java.util.Set;

/**
 * The signed-in user as every module sees them: who, which roles, and where in the organisation.
 * Built once per request from the staff record.
 */
public record UserContext(long id, String username, String displayName, Set<Role> roles, long procuratorateId,
                          OrgLevel procuratorateLevel, Long departmentId, Long teamId, boolean mustChangePassword) {

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
