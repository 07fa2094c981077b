package org.caseloop.petition.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.caseloop.platform.health.ModuleApiReadiness;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the module reaches the database; the module has no tables of its own yet. */
@Readiness
@ApplicationScoped
public class PetitionReadiness implements HealthCheck {

    @PersistenceContext(unitName = "caseloop")
    EntityManager em;

    @Override
    public HealthCheckResponse call() {
        return ModuleApiReadiness.check("petitions", em, "SELECT 1");
    }
}
