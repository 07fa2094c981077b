package org.caseloop.platform.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import org.caseloop.platform.audit.AuditTrail;
import org.caseloop.platform.audit.FieldChange;
import org.caseloop.platform.security.CredentialCache;
import org.caseloop.platform.security.CurrentUser;
import org.caseloop.platform.security.LoginService;
import org.caseloop.platform.security.PasswordHasher;
import org.caseloop.platform.security.PasswordPolicy;
import org.caseloop.platform.security.StaffAccess;
import org.caseloop.platform.security.UserContext;
import org.caseloop.platform.web.AccessDeniedException;
import org.caseloop.platform.web.ConflictException;
import org.caseloop.platform.web.Messages;
import org.caseloop.platform.web.RequestOrigin;
import org.caseloop.platform.web.UnprocessableException;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What administrators do to the organisation: create and edit procuratorates, departments, teams and
 * staff, deactivate (never delete) staff, reset passwords and unlock accounts. Every change is audited.
 * Every operation checks here, for the API and the pages alike, that the caller holds the duty
 * (system administrator: organisation and staff; security administrator: roles, unlock) and that the
 * office concerned lies within the caller's {@link AdminScope}; roles follow {@link RoleGrants}.
 */
@ApplicationScoped
public class OrganisationAdmin {

    static final String BUNDLE = "org.caseloop.platform.i18n.messages";

    @PersistenceContext(unitName = "caseloop")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    PasswordHasher hasher;

    @Inject
    PasswordPolicy passwordPolicy;

    @Inject
    CredentialCache credentialCache;

    @Inject
    Messages messages;

    @Inject
    Clock clock;

    @Inject
    CurrentUser currentUser;

    @Inject
    StaffAccess staffAccess;

    @Inject
    LoginService logins;

    @Inject
    RequestOrigin origin;

    @Transactional
    public ProcuratorateView createProcuratorate(String code, String name, String shortName, OrgLevel level,
                                                 Long parentId) {
        AdminScope scope = requireDuty(Role.ADMIN);
        Procuratorate parent = parentId == null ? null : find(Procuratorate.class, parentId);
        if (parent == null ? !scope.mayOpenCityOffice() : !scope.covers(parent.getId())) {
            throw outsideScope("Procuratorate", parentId);
        }
        if ((level == OrgLevel.DISTRICT) != (parent != null)) {
            throw new UnprocessableException(messages.text(BUNDLE, "org.error.districtNeedsCity"));
        }
        if (parent != null && parent.getLevel() != OrgLevel.CITY) {
            throw new UnprocessableException(messages.text(BUNDLE, "org.error.districtNeedsCity"));
        }
        requireUnique("SELECT COUNT(p) FROM Procuratorate p WHERE p.code = :v OR p.shortName = :w", code, shortName,
                "org.error.procuratorateExists");
        Procuratorate p = new Procuratorate(code, name, shortName, level, parent);
        em.persist(p);
        em.flush();
        audit.recordChange("Procuratorate", p.getId().toString(), "PROCURATORATE_CREATED", FieldChange.changes()
                .field("code", null, code).field("name", null, name).field("shortName", null, shortName)
                .field("level", null, level).field("parentId", null, parentId).build());
        return ProcuratorateView.of(p);
    }

    @Transactional
    public DepartmentView createDepartment(long procuratorateId, String code, String name) {
        Procuratorate p = find(Procuratorate.class, procuratorateId);
        requireManaged(requireDuty(Role.ADMIN), p);
        Long exists = em.createQuery("SELECT COUNT(d) FROM Department d WHERE d.procuratorate = :p AND d.code = :c",
                Long.class).setParameter("p", p).setParameter("c", code).getSingleResult();
        if (exists > 0) {
            throw new ConflictException(messages.text(BUNDLE, "org.error.departmentExists", code));
        }
        Department d = new Department(p, code, name);
        em.persist(d);
        em.flush();
        audit.recordChange("Department", d.getId().toString(), "DEPARTMENT_CREATED", FieldChange.changes()
                .field("procuratorateId", null, procuratorateId).field("code", null, code).field("name", null, name)
                .build());
        return DepartmentView.of(d);
    }

    @Transactional
    public TeamView createTeam(long departmentId, String name, boolean fastTrial, Set<String> businessTypes) {
        Department d = find(Department.class, departmentId);
        requireManaged(requireDuty(Role.ADMIN), d.getProcuratorate());
        if (fastTrial && businessTypes.isEmpty()) {
            throw new UnprocessableException(messages.text(BUNDLE, "org.error.fastTrialNeedsTypes"));
        }
        Team t = new Team(d, name, fastTrial, businessTypes);
        em.persist(t);
        em.flush();
        audit.recordChange("Team", t.getId().toString(), "TEAM_CREATED", FieldChange.changes()
                .field("departmentId", null, departmentId).field("name", null, name).field("fastTrial", null, fastTrial)
                .field("businessTypes", null, new TreeSet<>(businessTypes)).build());
        return TeamView.of(t);
    }

    @Transactional
    public TeamView updateTeam(long teamId, String name, boolean fastTrial, Set<String> businessTypes, boolean active) {
        Team t = find(Team.class, teamId);
        requireManaged(requireDuty(Role.ADMIN), t.getDepartment().getProcuratorate());
        if (fastTrial && businessTypes.isEmpty()) {
            throw new UnprocessableException(messages.text(BUNDLE, "org.error.fastTrialNeedsTypes"));
        }
        Map<String, FieldChange> changes = FieldChange.changes()
                .field("name", t.getName(), name).field("fastTrial", t.isFastTrial(), fastTrial)
                .field("businessTypes", t.getBusinessTypes(), new TreeSet<>(businessTypes))
                .field("active", t.isActive(), active).build();
        t.setName(name);
        t.setFastTrial(fastTrial);
        t.setBusinessTypes(businessTypes);
        t.setActive(active);
        audit.recordChange("Team", t.getId().toString(), "TEAM_UPDATED", changes);
        return TeamView.of(t);
    }

    @Transactional
    public StaffView createStaff(@Valid NewStaff n) {
        requireUnique("SELECT COUNT(s) FROM StaffUser s WHERE s.username = :v OR s.username = :w", n.username(),
                n.username(), "org.error.usernameTaken");
        AdminScope scope = requireDuty(Role.ADMIN, Role.SECURITY_ADMIN);
        Procuratorate p = find(Procuratorate.class, n.procuratorateId());
        requireManaged(scope, p);
        requireGrantable(n.username(), Set.of(), n.roles());
        requireAcceptable(n.initialPassword(), n.username());
        Department d = n.departmentId() == null ? null : find(Department.class, n.departmentId());
        Team t = n.teamId() == null ? null : find(Team.class, n.teamId());
        requireConsistent(p, d, t);
        StaffUser s = new StaffUser(n.username(), n.displayName(), p, d, t, n.roles(), clock.instant());
        s.setPasswordHash(hasher.hash(n.initialPassword()), clock.instant());
        s.setMustChangePassword(true);
        em.persist(s);
        em.flush();
        audit.recordChange("StaffUser", s.getUsername(), "USER_CREATED", FieldChange.changes()
                .field("displayName", null, n.displayName()).field("procuratorateId", null, n.procuratorateId())
                .field("departmentId", null, n.departmentId()).field("teamId", null, n.teamId())
                .field("roles", null, new TreeSet<>(n.roles())).build());
        return StaffView.of(s, clock.instant());
    }

    @Transactional
    public StaffView updateStaff(long id, String displayName, Long departmentId, Long teamId, Set<Role> roles) {
        StaffUser s = find(StaffUser.class, id);
        if (roles == null || roles.isEmpty()) {
            throw new UnprocessableException(messages.text(BUNDLE, "org.error.rolesRequired"));
        }
        requireManaged(requireDuty(Role.ADMIN, Role.SECURITY_ADMIN), s.getProcuratorate());
        Department d = departmentId == null ? null : find(Department.class, departmentId);
        Team t = teamId == null ? null : find(Team.class, teamId);
        requireConsistent(s.getProcuratorate(), d, t);
        boolean detailsChange = !displayName.equals(s.getDisplayName()) || !sameId(s.getDepartment(), d)
                || !sameId(s.getTeam(), t);
        if (detailsChange) {
            requireDuty(Role.ADMIN);
        }
        if (!roles.equals(s.getRoles())) {
            requireNotSelf(s);
            requireGrantable(s.getUsername(), s.getRoles(), roles);
        }
        Map<String, FieldChange> changes = FieldChange.changes()
                .field("displayName", s.getDisplayName(), displayName)
                .field("departmentId", s.getDepartment() == null ? null : s.getDepartment().getId(), departmentId)
                .field("teamId", s.getTeam() == null ? null : s.getTeam().getId(), teamId)
                .field("roles", new TreeSet<>(s.getRoles()), new TreeSet<>(roles)).build();
        s.setDisplayName(displayName);
        s.setDepartment(d);
        s.setTeam(t);
        s.setRoles(roles);
        staffAccess.forget(s.getUsername());
        audit.recordChange("StaffUser", s.getUsername(), "USER_UPDATED", changes);
        return StaffView.of(s, clock.instant());
    }

    @Transactional
    public StaffView setActive(long id, boolean active) {
        StaffUser s = find(StaffUser.class, id);
        requireManaged(requireDuty(Role.ADMIN), s.getProcuratorate());
        requireNotSelf(s);
        Map<String, FieldChange> changes = FieldChange.changes().field("active", s.isActive(), active).build();
        s.setActive(active);
        credentialCache.forget(s.getUsername());
        staffAccess.forget(s.getUsername());
        audit.recordChange("StaffUser", s.getUsername(), active ? "USER_REACTIVATED" : "USER_DEACTIVATED", changes);
        return StaffView.of(s, clock.instant());
    }

    /** Leave takes a prosecutor out of case rotation until they are back. */
    @Transactional
    public StaffView setOnLeave(long id, boolean onLeave) {
        StaffUser s = find(StaffUser.class, id);
        requireManaged(requireDuty(Role.ADMIN), s.getProcuratorate());
        Map<String, FieldChange> changes = FieldChange.changes().field("onLeave", s.isOnLeave(), onLeave).build();
        s.setOnLeave(onLeave);
        audit.recordChange("StaffUser", s.getUsername(), onLeave ? "USER_ON_LEAVE" : "USER_BACK_FROM_LEAVE", changes);
        return StaffView.of(s, clock.instant());
    }

    /** An administrator sets a one-time password; the user must change it at the next login. */
    @Transactional
    public void resetPassword(long id, String newPassword) {
        StaffUser s = find(StaffUser.class, id);
        requireManaged(requireDuty(Role.ADMIN, Role.SECURITY_ADMIN), s.getProcuratorate());
        requireNotSelf(s);
        requireAcceptable(newPassword, s.getUsername());
        s.setPasswordHash(hasher.hash(newPassword), clock.instant());
        s.setMustChangePassword(true);
        s.setFailedAttempts(0);
        s.setLockedUntil(null);
        credentialCache.forget(s.getUsername());
        audit.recordChange("StaffUser", s.getUsername(), "PASSWORD_RESET", Map.of());
    }

    @Transactional
    public void unlock(long id) {
        StaffUser s = find(StaffUser.class, id);
        requireManaged(requireDuty(Role.SECURITY_ADMIN), s.getProcuratorate());
        Map<String, FieldChange> changes = FieldChange.changes().field("lockedUntil", s.getLockedUntil(), null).build();
        s.setLockedUntil(null);
        s.setFailedAttempts(0);
        audit.recordChange("StaffUser", s.getUsername(), "USER_UNLOCKED", changes);
    }

    /** The user changes their own password, proving the current one. */
    @Transactional
    public void changeOwnPassword(String username, String currentPassword, String newPassword) {
        if (!logins.currentPasswordMatches(username, currentPassword, origin.ip())) {
            throw new UnprocessableException(messages.text(BUNDLE, "password.currentWrong"));
        }
        StaffUser s = em.createQuery("SELECT s FROM StaffUser s WHERE s.username = :u", StaffUser.class)
                .setParameter("u", username).getSingleResult();
        if (currentPassword.equals(newPassword)) {
            throw new UnprocessableException(messages.text(BUNDLE, "password.sameAsBefore"));
        }
        requireAcceptable(newPassword, username);
        s.setPasswordHash(hasher.hash(newPassword), clock.instant());
        s.setMustChangePassword(false);
        credentialCache.forget(username);
        audit.recordChange("StaffUser", username, "PASSWORD_CHANGED", Map.of());
    }

    /** One member of staff, for an administrator whose scope covers them. */
    public StaffView staff(long id) {
        AdminScope scope = requireDuty(Role.ADMIN, Role.SECURITY_ADMIN);
        StaffUser s = find(StaffUser.class, id);
        requireManaged(scope, s.getProcuratorate());
        return StaffView.of(s, clock.instant());
    }

    /** Staff whose name or user name contains the text, in one procuratorate or all the caller manages; paged. */
    public Page<StaffView> searchStaff(String text, Long procuratorateId, int offset, int limit) {
        AdminScope scope = requireDuty(Role.ADMIN, Role.SECURITY_ADMIN);
        if (procuratorateId != null && !scope.covers(procuratorateId)) {
            throw outsideScope("Procuratorate", procuratorateId);
        }
        String where = " WHERE 1 = 1";
        Map<String, Object> params = new HashMap<>();
        if (procuratorateId == null && !scope.everywhere()) {
            where += " AND s.procuratorate.id IN :scope";
            params.put("scope", scope.procuratorateIds());
        }
        if (text != null && !text.isBlank()) {
            where += " AND (LOWER(s.displayName) LIKE :t OR LOWER(s.username) LIKE :t)";
            params.put("t", "%" + text.trim().toLowerCase() + "%");
        }
        if (procuratorateId != null) {
            where += " AND s.procuratorate.id = :p";
            params.put("p", procuratorateId);
        }
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(s) FROM StaffUser s" + where, Long.class);
        TypedQuery<StaffUser> rows = em.createQuery("SELECT DISTINCT s FROM StaffUser s JOIN FETCH s.procuratorate "
                + "LEFT JOIN FETCH s.department LEFT JOIN FETCH s.team" + where + " ORDER BY s.username", StaffUser.class);
        params.forEach((k, v) -> {
            count.setParameter(k, v);
            rows.setParameter(k, v);
        });
        List<StaffView> items = rows.setFirstResult(offset).setMaxResults(limit).getResultStream()
                .map(s -> StaffView.of(s, clock.instant())).toList();
        return new Page<>(items, offset, limit, count.getSingleResult());
    }

    /** The caller's scope, if they hold one of the roles whose duty this operation is; otherwise refused. */
    private AdminScope requireDuty(Role... duties) {
        UserContext me = currentUser.get();
        for (Role duty : duties) {
            if (me.has(duty)) {
                return scopeOf(me);
            }
        }
        throw new AccessDeniedException("Duty", duties[0].name(), messages.text(BUNDLE, "org.error.notYourDuty"));
    }

    private AdminScope scopeOf(UserContext me) {
        Set<Long> districts = me.procuratorateLevel() != OrgLevel.CITY ? Set.of() : Set.copyOf(em.createQuery(
                "SELECT p.id FROM Procuratorate p WHERE p.parent.id = :city", Long.class)
                .setParameter("city", me.procuratorateId()).getResultList());
        Long home = em.createQuery("SELECT MIN(p.id) FROM Procuratorate p WHERE p.parent IS NULL", Long.class)
                .getSingleResult();
        return AdminScope.of(me.procuratorateId(), me.procuratorateLevel(), districts, home);
    }

    private void requireManaged(AdminScope scope, Procuratorate p) {
        if (!scope.covers(p.getId())) {
            throw outsideScope("Procuratorate", p.getId());
        }
    }

    private AccessDeniedException outsideScope(String type, Object id) {
        return new AccessDeniedException(type, String.valueOf(id), messages.text(BUNDLE, "org.error.outsideScope"));
    }

    private void requireGrantable(String username, Set<Role> before, Set<Role> after) {
        Set<Role> refused = RoleGrants.refused(currentUser.get().roles(), before, after);
        if (!refused.isEmpty()) {
            throw new AccessDeniedException("StaffUser", username,
                    messages.text(BUNDLE, "org.error.roleNotGrantable", new TreeSet<>(refused)));
        }
    }

    /** Own roles, activation and password reset are for someone else: nobody raises or revives themselves. */
    private void requireNotSelf(StaffUser s) {
        if (s.getId() == currentUser.get().id()) {
            throw new AccessDeniedException("StaffUser", s.getUsername(), messages.text(BUNDLE, "org.error.notOnYourself"));
        }
    }

    private static boolean sameId(Department a, Department b) {
        return a == null ? b == null : b != null && a.getId().equals(b.getId());
    }

    private static boolean sameId(Team a, Team b) {
        return a == null ? b == null : b != null && a.getId().equals(b.getId());
    }

    private void requireAcceptable(String password, String username) {
        List<PasswordPolicy.Violation> violations = passwordPolicy.check(password, username);
        if (!violations.isEmpty()) {
            throw new UnprocessableException(messages.text(BUNDLE, "password.rejected"), violations.stream()
                    .map(v -> messages.text(BUNDLE, v.key(), v.parameter())).toList());
        }
    }

    private void requireConsistent(Procuratorate p, Department d, Team t) {
        if (d != null && !d.getProcuratorate().getId().equals(p.getId())) {
            throw new UnprocessableException(messages.text(BUNDLE, "org.error.departmentElsewhere"));
        }
        if (t != null && (d == null || !t.getDepartment().getId().equals(d.getId()))) {
            throw new UnprocessableException(messages.text(BUNDLE, "org.error.teamElsewhere"));
        }
    }

    private void requireUnique(String countJpql, String v, String w, String errorKey) {
        Long n = em.createQuery(countJpql, Long.class).setParameter("v", v).setParameter("w", w).getSingleResult();
        if (n > 0) {
            throw new ConflictException(messages.text(BUNDLE, errorKey, v));
        }
    }

    private <T> T find(Class<T> type, long id) {
        T found = em.find(type, id);
        if (found == null) {
            throw new UnprocessableException(messages.text(BUNDLE, "org.error.notFound", type.getSimpleName(), id));
        }
        return found;
    }
}
