package org.caseloop.platform.security;

import org.caseloop.platform.organisation.OrgLevel;
import org.caseloop.platform.organisation.Role;

import java.util.HashSet;
import java.util.Set;

/** The rule that gives each user their data scope: the widest that any of their roles grants. */
public final class DataScopes {

    private DataScopes() {
    }

    /**
     * @param districtIds the procuratorates under the user's own, used only at city level
     */
    public static DataScope of(UserContext user, Set<Long> districtIds) {
        DataScope.Level level = DataScope.Level.OWN;
        for (Role role : user.roles()) {
            level = wider(level, levelOf(role, user.procuratorateLevel()));
        }
        Set<Long> procuratorates = new HashSet<>();
        procuratorates.add(user.procuratorateId());
        if (level == DataScope.Level.CITY) {
            procuratorates.addAll(districtIds);
        }
        return new DataScope(level, user.id(), user.teamId(), user.departmentId(), Set.copyOf(procuratorates));
    }

    private static DataScope.Level levelOf(Role role, OrgLevel orgLevel) {
        return switch (role) {
            case CHIEF, DEPUTY_CHIEF, COMMITTEE, CASE_OFFICE ->
                    orgLevel == OrgLevel.CITY ? DataScope.Level.CITY : DataScope.Level.PROCURATORATE;
            case ADMIN, SECURITY_ADMIN, AUDIT_ADMIN, RECEPTION -> DataScope.Level.PROCURATORATE;
            case DIRECTOR -> DataScope.Level.DEPARTMENT;
            case HANDLER -> DataScope.Level.OWN;
            // Operations staff handle no case, so their own cases are none.
            case OPERATIONS -> DataScope.Level.OWN;
        };
    }

    private static DataScope.Level wider(DataScope.Level a, DataScope.Level b) {
        return a.ordinal() >= b.ordinal() ? a : b;
    }
}
