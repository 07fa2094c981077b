package org.caseloop.platform.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.caseloop.platform.persistence.PlatformStatus;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/** Ready when start-up (migrations included) has finished and the database answers within two seconds. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @Resource(lookup = "jdbc/caseloop")
    DataSource dataSource;

    @Inject
    PlatformStatus status;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("database");
        if (!status.isReady()) {
            return response.down().withData("reason", "starting: schema migration not finished").build();
        }
        try (Connection c = dataSource.getConnection()) {
            boolean valid = c.isValid(2);
            return response.status(valid).withData("product", c.getMetaData().getDatabaseProductName()).build();
        } catch (SQLException e) {
            return response.down().withData("reason", e.getMessage() == null ? "no connection" : e.getMessage()).build();
        }
    }
}
