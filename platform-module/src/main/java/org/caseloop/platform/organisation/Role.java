package org.caseloop.platform.organisation;

/**
 * The roles of domain.md. The enum names are also the Jakarta Security group and role names, so
 * {@code @RolesAllowed} uses the constants of {@link Roles}.
 */
public enum Role {
    HANDLER,
    DIRECTOR,
    DEPUTY_CHIEF,
    CHIEF,
    COMMITTEE,
    CASE_OFFICE,
    RECEPTION,
    ADMIN,
    /** Operations staff: reads /metrics from outside the server; no case data. */
    OPERATIONS;

    /** Leaders whose data scope is their whole procuratorate (or the city and its districts at city level). */
    public boolean isLeader() {
        return this == CHIEF || this == DEPUTY_CHIEF || this == COMMITTEE;
    }
}
