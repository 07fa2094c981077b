package org.caseloop.platform.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.caseloop.platform.PlatformReady;
import org.caseloop.platform.demo.DemoOrganisation;
import org.caseloop.platform.demo.InitialAdministrator;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.sql.DataSource;
import java.util.logging.Logger;

/** Start-up order: migrate the schema, put the organisation in place, then tell the modules. */
@Singleton
@Startup
public class PlatformStartup {

    private static final Logger LOG = Logger.getLogger(PlatformStartup.class.getName());

    @Resource(lookup = "jdbc/caseloop")
    DataSource dataSource;

    @Inject
    @ConfigProperty(name = "caseloop.demo-data", defaultValue = "false")
    boolean demoData;

    @Inject
    DemoOrganisation demoOrganisation;

    @Inject
    InitialAdministrator initialAdministrator;

    @Inject
    PlatformStatus status;

    @Inject
    Event<PlatformReady> ready;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void start() {
        SchemaMigrator.migrate(dataSource, PlatformStartup.class.getClassLoader());
        if (demoData) {
            demoOrganisation.loadIfAbsent();
        } else {
            initialAdministrator.createIfNoStaff();
        }
        ready.fire(new PlatformReady(demoData));
        status.markReady();
        LOG.info("CaseLoop is ready" + (demoData ? " with demo data" : ""));
    }
}
