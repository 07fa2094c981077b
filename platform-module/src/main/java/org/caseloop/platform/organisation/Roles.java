package org.caseloop.platform.organisation;

/** Role names as compile-time constants, for {@code @RolesAllowed} and {@code isUserInRole}. */
public final class Roles {
    public static final String HANDLER = "HANDLER";
    public static final String DIRECTOR = "DIRECTOR";
    public static final String DEPUTY_CHIEF = "DEPUTY_CHIEF";
    public static final String CHIEF = "CHIEF";
    public static final String COMMITTEE = "COMMITTEE";
    public static final String CASE_OFFICE = "CASE_OFFICE";
    public static final String RECEPTION = "RECEPTION";
    public static final String ADMIN = "ADMIN";
    public static final String SECURITY_ADMIN = "SECURITY_ADMIN";
    public static final String AUDIT_ADMIN = "AUDIT_ADMIN";
    public static final String OPERATIONS = "OPERATIONS";

    private Roles() {
    }
}
