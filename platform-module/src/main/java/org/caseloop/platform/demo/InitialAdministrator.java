package org.caseloop.platform.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.caseloop.platform.audit.AuditTrail;
import org.caseloop.platform.audit.FieldChange;
import org.caseloop.platform.organisation.OrgLevel;
import org.caseloop.platform.organisation.Procuratorate;
import org.caseloop.platform.organisation.Role;
import org.caseloop.platform.organisation.StaffUser;
import org.caseloop.platform.security.PasswordHasher;
import org.caseloop.platform.security.PasswordPolicy;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * A production database starts with the three administrators that the separation of duties needs
 * (三员): {@code admin} (system), {@code security} and {@code auditor}. Their initial password comes from
 * the environment ({@code CASELOOP_ADMIN_INITIAL_PASSWORD}) and each must change it at first login.
 * The system administrator then enters the real organisation.
 */
@ApplicationScoped
public class InitialAdministrator {

    private static final Logger LOG = Logger.getLogger(InitialAdministrator.class.getName());

    @PersistenceContext(unitName = "caseloop")
    EntityManager em;

    @Inject
    PasswordHasher hasher;

    @Inject
    PasswordPolicy policy;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "caseloop.admin.initial-password")
    Optional<String> initialPassword;

    @Inject
    @ConfigProperty(name = "caseloop.organisation.name", defaultValue = "人民检察院")
    String organisationName;

    @Inject
    @ConfigProperty(name = "caseloop.organisation.short-name", defaultValue = "检")
    String organisationShortName;

    @Transactional
    public void createIfNoStaff() {
        if (em.createQuery("SELECT COUNT(s) FROM StaffUser s", Long.class).getSingleResult() > 0) {
            return;
        }
        if (initialPassword.isEmpty() || initialPassword.get().isBlank()) {
            LOG.severe("No staff and no CASELOOP_ADMIN_INITIAL_PASSWORD: set it and restart to create the administrator");
            return;
        }
        if (!policy.check(initialPassword.get(), "admin").isEmpty()) {
            LOG.severe("CASELOOP_ADMIN_INITIAL_PASSWORD does not meet the password policy; administrator not created");
            return;
        }
        Procuratorate office = em.createQuery("SELECT p FROM Procuratorate p ORDER BY p.id", Procuratorate.class)
                .setMaxResults(1).getResultStream().findFirst().orElseGet(() -> {
                    Procuratorate p = new Procuratorate("000000", organisationName, organisationShortName,
                            OrgLevel.CITY, null);
                    em.persist(p);
                    return p;
                });
        create("admin", "系统管理员", office, Role.ADMIN);
        create("security", "安全管理员", office, Role.SECURITY_ADMIN);
        create("auditor", "安全审计员", office, Role.AUDIT_ADMIN);
        LOG.info("Created the initial administrators 'admin', 'security' and 'auditor'; each must change the "
                + "password at first login");
    }

    private void create(String username, String displayName, Procuratorate office, Role role) {
        StaffUser user = new StaffUser(username, displayName, office, null, null, Set.of(role), clock.instant());
        user.setPasswordHash(hasher.hash(initialPassword.get()), clock.instant());
        user.setMustChangePassword(true);
        em.persist(user);
        audit.recordChange("StaffUser", username, "USER_CREATED",
                FieldChange.changes().field("roles", null, "[" + role + "]").build());
    }
}
