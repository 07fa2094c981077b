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
    /** System administrator (系统管理员): users, organisation, calendars, configuration. */
    ADMIN,
    /** Security administrator (安全管理员): roles, lockout and unlock, password policy. */
    SECURITY_ADMIN,
    /** Audit administrator (安全审计员): reads and verifies the audit trail, and is the only one who may. */
    AUDIT_ADMIN,
    /** Operations staff: reads /metrics from outside the server; no case data. */
    OPERATIONS;

    /** The three administrator roles that GB/T 22239-2019 level 3 keeps apart (三员分立). */
    public boolean isAdministrator() {
        return this == ADMIN || this == SECURITY_ADMIN || this == AUDIT_ADMIN;
    }

    /** Leaders whose data scope is their whole procuratorate (or the city and its districts at city level). */
    public boolean isLeader() {
        return this == CHIEF || this == DEPUTY_CHIEF || this == COMMITTEE;
    }
}
