package org.caseloop.cases.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.caseloop.platform.demo.DemoOrganisation;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.function.BooleanSupplier;

/**
 * The test-data generator is not part of the production API. It answers only where the server runs
 * with demo data ({@code caseloop.demo-data}) or the benchmark asked for it ({@code caseloop.bench.generator}),
 * and even then only on a database that holds the demo organisation: a production database never does,
 * so a switch left on by mistake cannot fill it with invented cases. Anywhere else the endpoint does not exist.
 */
@ApplicationScoped
public class GeneratorAvailability {

    @Inject
    @ConfigProperty(name = "caseloop.demo-data", defaultValue = "false")
    boolean demoData;

    @Inject
    @ConfigProperty(name = "caseloop.bench.generator", defaultValue = "false")
    boolean benchSwitch;

    @Inject
    DemoOrganisation demoOrganisation;

    public boolean available() {
        return allows(demoData, benchSwitch, demoOrganisation::loadedInThisDatabase);
    }

    /** The rule itself; the database is asked only when a switch is on. */
    static boolean allows(boolean demoData, boolean benchSwitch, BooleanSupplier demoDatabase) {
        return (demoData || benchSwitch) && demoDatabase.getAsBoolean();
    }
}
