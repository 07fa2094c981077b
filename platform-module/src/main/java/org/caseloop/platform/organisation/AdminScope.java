package org.caseloop.platform.organisation;

import java.util.HashSet;
import java.util.Set;

/**
 * The procuratorates an administrator manages: their own, and for a city administrator also its
 * districts. The administrators of the installation's home office (its first city office, where the
 * initial administrator is created) manage every office, since only they open further city offices.
 */
public record AdminScope(Set<Long> procuratorateIds, boolean everywhere) {

    public static AdminScope of(long ownProcuratorateId, OrgLevel ownLevel, Set<Long> districtIds, long homeOfficeId) {
        if (ownProcuratorateId == homeOfficeId) {
            return new AdminScope(Set.of(ownProcuratorateId), true);
        }
        Set<Long> ids = new HashSet<>();
        ids.add(ownProcuratorateId);
        if (ownLevel == OrgLevel.CITY) {
            ids.addAll(districtIds);
        }
        return new AdminScope(Set.copyOf(ids), false);
    }

    public boolean covers(long procuratorateId) {
        return everywhere || procuratorateIds.contains(procuratorateId);
    }

    /** A new city office is above every scope but the home office's. */
    public boolean mayOpenCityOffice() {
        return everywhere;
    }
}
