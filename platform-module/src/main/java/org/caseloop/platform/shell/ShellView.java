package org.caseloop.platform.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.caseloop.platform.organisation.Role;
import org.caseloop.platform.security.CurrentUser;
import org.caseloop.platform.security.DataScope;
import org.caseloop.platform.security.UserContext;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** What the shell shows of the signed-in user, and which parts of the navigation their roles open. */
@Named
@RequestScoped
public class ShellView {

    private static final Set<Role> CASE_ROLES = EnumSet.of(Role.HANDLER, Role.DIRECTOR, Role.DEPUTY_CHIEF, Role.CHIEF,
            Role.COMMITTEE, Role.CASE_OFFICE);
    private static final Set<Role> REVIEW_ROLES = EnumSet.of(Role.HANDLER, Role.DIRECTOR, Role.DEPUTY_CHIEF, Role.CHIEF,
            Role.COMMITTEE);
    private static final Set<Role> PETITION_ROLES = EnumSet.of(Role.RECEPTION, Role.DIRECTOR, Role.DEPUTY_CHIEF,
            Role.CHIEF);

    @Inject
    CurrentUser currentUser;

    public String getDisplayName() {
        return currentUser.find().map(UserContext::displayName).orElse("");
    }

    public List<Role> getRoles() {
        return currentUser.find().map(u -> u.roles().stream().sorted().toList()).orElse(List.of());
    }

    public DataScope.Level getScopeLevel() {
        return currentUser.scope().level();
    }

    public boolean isSeesCases() {
        return hasAny(CASE_ROLES);
    }

    /**
     * Where the home page sends a user after login: people who handle or oversee cases go straight to
     * the case dashboard; everybody else stays on the tiles (null keeps the page).
     */
    public String caseHome() {
        return isSeesCases() ? "/cases/index?faces-redirect=true" : null;
    }

    public boolean isSeesReview() {
        return hasAny(REVIEW_ROLES);
    }

    public boolean isSeesPetitions() {
        return hasAny(PETITION_ROLES);
    }

    /** Any of the three administrators: the administration menu opens, each item to the role whose duty it is. */
    public boolean isAdmin() {
        return hasAny(EnumSet.of(Role.ADMIN, Role.SECURITY_ADMIN, Role.AUDIT_ADMIN));
    }

    public boolean isSystemAdmin() {
        return hasAny(EnumSet.of(Role.ADMIN));
    }

    /** The staff page serves the system administrator (records) and the security administrator (roles, locks). */
    public boolean isSeesStaff() {
        return hasAny(EnumSet.of(Role.ADMIN, Role.SECURITY_ADMIN));
    }

    public boolean isAuditAdmin() {
        return hasAny(EnumSet.of(Role.AUDIT_ADMIN));
    }

    public boolean has(String role) {
        return hasAny(EnumSet.of(Role.valueOf(role)));
    }

    private boolean hasAny(Set<Role> roles) {
        return currentUser.find().map(u -> u.roles().stream().anyMatch(roles::contains)).orElse(false);
    }
}
