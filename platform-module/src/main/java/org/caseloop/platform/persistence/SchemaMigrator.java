package org.caseloop.platform.persistence;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

import javax.sql.DataSource;
import java.util.logging.Logger;

/**
 * Applies the versioned migrations of every module ({@code db/migration/<module>/V…sql} on the class
 * path) to the one database. The same migrations serve H2 and PostgreSQL; on PostgreSQL Flyway holds
 * a database lock while it works, so cluster members starting together migrate once. Liberty serves
 * jar contents through its own URL scheme, which Flyway finds through the empty marker file
 * {@code db/migration/flyway.location} that every module with migrations ships (and
 * {@code db/callback/flyway.location} for Flyway's default callback location, unused but looked up).
 */
public final class SchemaMigrator {

    private static final Logger LOG = Logger.getLogger(SchemaMigrator.class.getName());
    public static final String LOCATION = "classpath:db/migration";

    private SchemaMigrator() {
    }

    public static MigrateResult migrate(DataSource dataSource, ClassLoader classLoader) {
        MigrateResult result = Flyway.configure(classLoader)
                .dataSource(dataSource)
                .locations(LOCATION)
                .table("platform_schema_history")
                .validateMigrationNaming(true)
                .load()
                .migrate();
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion + " ("
                + result.migrationsExecuted + " migration(s) applied now)");
        return result;
    }
}
