package org.caseloop.cases.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.caseloop.platform.PlatformReady;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Demo cases for the embedded database: when the platform is ready with demo data and no case exists yet,
 * about 600 cases over the last 12 months are generated for the demo organisation, so that the dashboard
 * and the statistics have something to show. Never runs without {@code caseloop.demo-data}.
 */
@ApplicationScoped
public class DemoCases {

    private static final Logger LOG = Logger.getLogger(DemoCases.class.getName());
    private static final int DAYS = 365;

    @Inject
    CaseDataGenerator generator;

    @Inject
    @ConfigProperty(name = "caseloop.demo.cases")
    int count;

    @Inject
    @ConfigProperty(name = "caseloop.demo.seed")
    long seed;

    void onPlatformReady(@Observes PlatformReady ready) {
        if (!ready.demoData()) {
            return;
        }
        try {
            if (generator.caseCount() > 0) {
                return;
            }
            CaseDataGenerator.Result result = generator.generate(count, seed, DAYS, generator.allProcuratorates());
            LOG.info(() -> "Loaded " + result.cases() + " demo cases in " + result.millis() + " ms");
        } catch (RuntimeException e) {
            // The demo must not keep the application from starting; the log says why it has no cases.
            LOG.log(Level.WARNING, "Could not generate the demo cases", e);
        }
    }
}
