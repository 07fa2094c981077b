package org.caseloop.cases.casefile;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.NotFoundException;
import org.caseloop.platform.organisation.Role;
import org.caseloop.platform.security.CurrentUser;
import org.caseloop.platform.security.DataScope;
import org.caseloop.platform.security.UserContext;
import org.caseloop.platform.web.AccessDeniedException;

/**
 * Who may see and work on a case. Seeing follows the user's data scope; working on it is for its handler, the
 * director of its department and the leaders (deputy chief, chief) who see it. Administrators keep the system,
 * not the cases: someone holding nothing but administrator roles reads no case at all.
 */
@ApplicationScoped
public class CaseAccess {

    @PersistenceContext(unitName = "caseloop")
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    public UserContext user() {
        return currentUser.get();
    }

    /** Refuses (403, audited) a user whose only roles are administrator roles. */
    public void requireCaseReader() {
        if (isAdministratorOnly(user())) {
            throw new AccessDeniedException(CaseHistory.AUDIT_OBJECT, null, "Administrators do not read cases");
        }
    }

    /** The case if the user may see it; a case outside their scope is refused (403, audited). */
    public CaseFile visible(long id) {
        requireCaseReader();
        CaseFile c = em.find(CaseFile.class, id);
        if (c == null) {
            throw new NotFoundException("No case " + id);
        }
        if (!covers(currentUser.scope(), c)) {
            throw new AccessDeniedException(CaseHistory.AUDIT_OBJECT, String.valueOf(id),
                    "Case " + id + " is outside your data scope");
        }
        return c;
    }

    /** The case if the user may work on it. */
    public CaseFile workable(long id) {
        CaseFile c = visible(id);
        if (!mayWork(user(), c)) {
            throw new AccessDeniedException(CaseHistory.AUDIT_OBJECT, String.valueOf(id),
                    "Only the handler, the director of the department or a leader may change case " + id);
        }
        return c;
    }

    public static boolean isAdministratorOnly(UserContext u) {
        return u.roles().stream().allMatch(Role::isAdministrator);
    }

    /** Full identity numbers are for those who handle the case (handler, its director, the leaders); others see them masked. */
    public static boolean seesFullIdNumbers(UserContext u, CaseFile c) {
        return mayWork(u, c);
    }

    public static boolean covers(DataScope scope, CaseFile c) {
        return scope.covers(c.getHandlerId(), c.getTeamId(), c.getDepartmentId(), c.getProcuratorateId());
    }

    public static boolean mayWork(UserContext u, CaseFile c) {
        return c.getHandlerId() != null && c.getHandlerId() == u.id()
                || isDirectorOf(u, c)
                || u.has(Role.DEPUTY_CHIEF) || u.has(Role.CHIEF);
    }

    public static boolean isDirectorOf(UserContext u, CaseFile c) {
        return u.has(Role.DIRECTOR) && u.departmentId() != null && u.departmentId().equals(c.getDepartmentId())
                && u.procuratorateId() == c.getProcuratorateId();
    }

    public static boolean isHandlerOf(UserContext u, CaseFile c) {
        return c.getHandlerId() != null && c.getHandlerId() == u.id();
    }

    public static boolean mayExtend(UserContext u) {
        return u.has(Role.DEPUTY_CHIEF) || u.has(Role.CHIEF);
    }

    public static boolean mayLabel(UserContext u, CaseFile c) {
        return mayWork(u, c) || u.has(Role.CASE_OFFICE) && u.procuratorateId() == c.getProcuratorateId();
    }
}
