package org.caseloop.platform.organisation;

import java.util.Set;

/** A team as other modules and pages see it. */
public record TeamView(long id, long departmentId, String departmentName, long procuratorateId, String name,
                       boolean fastTrial, Set<String> businessTypes, boolean active) {

    static TeamView of(Team t) {
        return new TeamView(t.getId(), t.getDepartment().getId(), t.getDepartment().getName(),
                t.getDepartment().getProcuratorate().getId(), t.getName(), t.isFastTrial(), t.getBusinessTypes(),
                t.isActive());
    }
}
