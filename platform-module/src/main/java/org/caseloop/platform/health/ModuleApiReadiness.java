package org.caseloop.platform.health;

import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.health.HealthCheckResponse;

/**
 * The check behind each module's API root: the module reaches the shared database through the
 * persistence unit with a probe over its own tables (or a plain {@code SELECT 1} while it has none).
 * Used by each module's readiness check and by {@code GET /<module>/api}.
 */
public final class ModuleApiReadiness {

    private ModuleApiReadiness() {
    }

    /** @param probeSql a cheap native query returning one row */
    public static HealthCheckResponse check(String module, EntityManager em, String probeSql) {
        var response = HealthCheckResponse.named(module + "-api").withData("root", "/" + module + "/api");
        try {
            em.createNativeQuery(probeSql).getSingleResult();
            return response.up().build();
        } catch (RuntimeException e) {
            return response.down().withData("reason", e.getClass().getSimpleName()).build();
        }
    }
}
