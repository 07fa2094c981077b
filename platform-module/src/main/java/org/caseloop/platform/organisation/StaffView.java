package org.caseloop.platform.organisation;

import java.util.Set;

/** A member of staff as other modules and pages see them. */
public record StaffView(long id, String username, String displayName, long procuratorateId, String procuratorateName,
                        Long departmentId, String departmentName, Long teamId, String teamName, Set<Role> roles,
                        boolean active, boolean onLeave, boolean locked, boolean mustChangePassword) {

    static StaffView of(StaffUser s, java.time.Instant now) {
        Department d = s.getDepartment();
        Team t = s.getTeam();
        return new StaffView(s.getId(), s.getUsername(), s.getDisplayName(), s.getProcuratorate().getId(),
                s.getProcuratorate().getName(), d == null ? null : d.getId(), d == null ? null : d.getName(),
                t == null ? null : t.getId(), t == null ? null : t.getName(), s.getRoles(), s.isActive(), s.isOnLeave(),
                s.getLockedUntil() != null && now.isBefore(s.getLockedUntil()), s.isMustChangePassword());
    }
}
