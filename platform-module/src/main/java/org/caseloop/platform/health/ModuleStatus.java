package org.caseloop.platform.health;

import org.eclipse.microprofile.health.HealthCheckResponse;

import java.util.Map;

/** What {@code GET /<module>/api} answers: the module's name, state and the checks behind it. */
public record ModuleStatus(String module, String status, Map<String, Object> data) {

    public static ModuleStatus of(String module, HealthCheckResponse check) {
        return new ModuleStatus(module, check.getStatus().name(), check.getData().map(Map::copyOf).orElse(Map.of()));
    }
}
