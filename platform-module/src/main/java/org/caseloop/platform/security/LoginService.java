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
        if (found.isEmpty()) {
            // Hash anyway so that an unknown name takes as long as a wrong password.
            hasher.matches(password, null);
            auditAttempt(username, sourceIp, AuditOutcome.FAILURE, "unknown user");
            return new Result(LoginOutcome.BAD_CREDENTIALS, Set.of());
        }
        StaffUser user = found.get(0);
        if (!user.isActive()) {
            auditAttempt(username, sourceIp, AuditOutcome.FAILURE, "account deactivated");
            return new Result(LoginOutcome.INACTIVE, Set.of());
        }
        if (lockout.isLocked(user.getLockedUntil(), now)) {
            auditAttempt(username, sourceIp, AuditOutcome.FAILURE, "account locked until " + user.getLockedUntil());
            return new Result(LoginOutcome.LOCKED, Set.of());
        }
        if (!hasher.matches(password, user.getPasswordHash())) {
            LockoutPolicy.State state = lockout.afterFailure(user.getFailedAttempts(), user.getLockedUntil(), now);
            user.setFailedAttempts(state.failures());
            user.setLockedUntil(state.lockedUntil());
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

    private void auditAttempt(String username, String sourceIp, AuditOutcome outcome, String reason) {
        Map<String, FieldChange> details = reason == null ? Map.of() : Map.of("reason", FieldChange.created(reason));
        audit.record(new AuditEvent(username, sourceIp, "Session", username, LOGIN, outcome, details));
    }
}
