package org.caseloop.platform.organisation;

/** A procuratorate as other modules and pages see it. */
public record ProcuratorateView(long id, String code, String name, String shortName, OrgLevel level, Long parentId,
                                boolean active) {

    static ProcuratorateView of(Procuratorate p) {
        return new ProcuratorateView(p.getId(), p.getCode(), p.getName(), p.getShortName(), p.getLevel(),
                p.getParent() == null ? null : p.getParent().getId(), p.isActive());
    }
}
