package org.caseloop.platform.security;

import java.util.Set;

/**
 * What part of the organisation's data a user may see: their own and their team's work, their
 * department, their procuratorate, or (city-level leaders) the city and all its districts.
 * Modules translate it into their queries and check single objects with {@link #covers}.
 */
public record DataScope(Level level, long userId, Long teamId, Long departmentId, Set<Long> procuratorateIds) {

    public enum Level {
        OWN,
        DEPARTMENT,
        PROCURATORATE,
        CITY
    }

    /** Whether an object owned by this handler, team, department and procuratorate is visible. */
    public boolean covers(Long handlerId, Long ownerTeamId, Long ownerDepartmentId, long ownerProcuratorateId) {
        if (!procuratorateIds.contains(ownerProcuratorateId)) {
            return false;
        }
        return switch (level) {
            case CITY, PROCURATORATE -> true;
            case DEPARTMENT -> departmentId != null && departmentId.equals(ownerDepartmentId);
            case OWN -> (handlerId != null && handlerId == userId) || (teamId != null && teamId.equals(ownerTeamId));
        };
    }
}
