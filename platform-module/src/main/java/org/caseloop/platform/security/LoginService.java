package org.caseloop.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.caseloop.platform.audit.AuditEvent;
import org.caseloop.platform.audit.AuditOutcome;
import org.caseloop.platform.audit.AuditTrail;
import org.caseloop.platform.audit.FieldChange;
import org.caseloop.platform.organisation.Role;
import org.caseloop.platform.organisation.StaffUser;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a user name and password against the staff records, applies the lockout rule and audits
 * every attempt (success, wrong password, locked, deactivated, unknown user).
 */
@ApplicationScoped
public class LoginService {

    static final String LOGIN = "LOGIN";
    static final String PASSWORD_CHANGE = "PASSWORD_CHANGED";

    @PersistenceContext(unitName = "caseloop")
    EntityManager em;

    @Inject
    PasswordHasher hasher;

    @Inject
    LockoutPolicy lockout;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    CredentialCache credentials;

    /** The outcome and, on success, the user's roles. */
    public record Result(LoginOutcome outcome, Set<Role> roles) {
    }

    @Transactional
    public Result authenticate(String username, String password, String sourceIp) {
        Instant now = clock.instant();
        List<StaffUser> found = em.createQuery("SELECT s FROM StaffUser s WHERE s.username = :u", StaffUser.class)
                .setParameter("u", username)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        StaffUser user = found.isEmpty() ? null : found.get(0);
        // One full hash on every path (unknown, deactivated, locked, wrong or right): the time taken tells nothing.
        boolean passwordMatches = hasher.matches(password, user == null ? null : user.getPasswordHash());
        if (user == null) {
            auditAttempt(username, sourceIp, AuditOutcome.FAILURE, "unknown user");
            return new Result(LoginOutcome.BAD_CREDENTIALS, Set.of());
        }
        if (!user.isActive()) {
            auditAttempt(username, sourceIp, AuditOutcome.FAILURE, "account deactivated");
            return new Result(LoginOutcome.INACTIVE, Set.of());
        }
        if (lockout.isLocked(user.getLockedUntil(), now)) {
            auditAttempt(username, sourceIp, AuditOutcome.FAILURE, "account locked until " + user.getLockedUntil());
            return new Result(LoginOutcome.LOCKED, Set.of());
        }
        if (!passwordMatches) {
            LockoutPolicy.State state = failed(user, now);
            auditAttempt(username, sourceIp, AuditOutcome.FAILURE,
                    state.locked() ? "wrong password; account locked until " + state.lockedUntil() : "wrong password");
            return new Result(state.locked() ? LoginOutcome.LOCKED : LoginOutcome.BAD_CREDENTIALS, Set.of());
        }
        user.setFailedAttempts(0);
        user.setLockedUntil(null);
        user.setLastLoginAt(now);
        auditAttempt(username, sourceIp, AuditOutcome.SUCCESS, null);
        return new Result(LoginOutcome.SUCCESS, user.getRoles());
    }

    /**
     * Checks a signed-in user's current password before a password change, under the same rules as a login:
     * refused while locked, and a wrong one is audited and counts toward the lockout. Its own transaction, so
     * the failure stays recorded although the change itself is refused.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean currentPasswordMatches(String username, String password, String sourceIp) {
        Instant now = clock.instant();
        StaffUser user = em.createQuery("SELECT s FROM StaffUser s WHERE s.username = :u", StaffUser.class)
                .setParameter("u", username)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getSingleResult();
        boolean matches = hasher.matches(password, user.getPasswordHash());
        String reason;
        if (lockout.isLocked(user.getLockedUntil(), now)) {
            reason = "account locked until " + user.getLockedUntil();
        } else if (!matches) {
            LockoutPolicy.State state = failed(user, now);
            reason = state.locked() ? "wrong current password; account locked until " + state.lockedUntil()
                    : "wrong current password";
        } else {
            return true;
        }
        audit.record(new AuditEvent(username, sourceIp, "StaffUser", username, PASSWORD_CHANGE, AuditOutcome.FAILURE,
                Map.of("reason", FieldChange.created(reason))));
        return false;
    }

    private LockoutPolicy.State failed(StaffUser user, Instant now) {
        LockoutPolicy.State state = lockout.afterFailure(user.getFailedAttempts(), user.getLockedUntil(), now);
        user.setFailedAttempts(state.failures());
        user.setLockedUntil(state.lockedUntil());
        if (state.locked()) {
            // A password verified earlier must not keep a locked account open through the cache.
            credentials.forget(user.getUsername());
        }
        return state;
    }

    private void auditAttempt(String username, String sourceIp, AuditOutcome outcome, String reason) {
        Map<String, FieldChange> details = reason == null ? Map.of() : Map.of("reason", FieldChange.created(reason));
        audit.record(new AuditEvent(username, sourceIp, "Session", username, LOGIN, outcome, details));
    }
}
