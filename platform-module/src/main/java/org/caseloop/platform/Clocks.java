package org.caseloop.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.ZoneId;

/**
 * The clock and the office time zone. Instants are stored in UTC; "today" for a deadline is the
 * office's today ({@code caseloop.zone}, default Asia/Shanghai), whatever the server's own zone.
 */
@ApplicationScoped
public class Clocks {

    @Produces
    @Singleton
    ZoneId officeZone(@ConfigProperty(name = "caseloop.zone", defaultValue = "Asia/Shanghai") String zone) {
        return ZoneId.of(zone);
    }

    @Produces
    @Singleton
    Clock clock(ZoneId officeZone) {
        return Clock.system(officeZone);
    }
}
