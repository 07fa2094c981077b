package org.caseloop.cases.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.caseloop.platform.health.ModuleApiReadiness;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the module's own tables answer (the working-day calendar is the smallest). */
@Readiness
@ApplicationScoped
public class CasesReadiness implements HealthCheck {

    @PersistenceContext(unitName = "caseloop")
    EntityManager em;

    @Override
    public HealthCheckResponse call() {
        return ModuleApiReadiness.check("cases", em, "SELECT COUNT(*) FROM cases_calendar_year");
    }
}
