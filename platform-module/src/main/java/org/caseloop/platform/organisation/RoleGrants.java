package org.caseloop.platform.organisation;

import java.util.EnumSet;
import java.util.Set;

/**
 * Who may give or take which role (三员分立): the security administrator alone hands out the security and
 * audit administrator roles; the system and security administrators hand out the others. Nobody changes
 * their own roles, so nobody raises themselves.
 */
public final class RoleGrants {

    private RoleGrants() {
    }

    public static boolean mayGrant(Set<Role> actorRoles, Role role) {
        return switch (role) {
            case SECURITY_ADMIN, AUDIT_ADMIN -> actorRoles.contains(Role.SECURITY_ADMIN);
            default -> actorRoles.contains(Role.ADMIN) || actorRoles.contains(Role.SECURITY_ADMIN);
        };
    }

    /** The roles added or removed by a change from {@code before} to {@code after} that the actor may not grant. */
    public static Set<Role> refused(Set<Role> actorRoles, Set<Role> before, Set<Role> after) {
        Set<Role> changed = EnumSet.noneOf(Role.class);
        for (Role r : Role.values()) {
            if (before.contains(r) != after.contains(r) && !mayGrant(actorRoles, r)) {
                changed.add(r);
            }
        }
        return changed;
    }
}
