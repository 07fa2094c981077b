package org.caseloop.platform.organisation;

/** A department as other modules and pages see it. */
public record DepartmentView(long id, long procuratorateId, String procuratorateName, String code, String name,
                             boolean active) {

    static DepartmentView of(Department d) {
        return new DepartmentView(d.getId(), d.getProcuratorate().getId(), d.getProcuratorate().getName(), d.getCode(),
                d.getName(), d.isActive());
    }
}
