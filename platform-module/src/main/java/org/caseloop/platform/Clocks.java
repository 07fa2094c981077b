package org.caseloop.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The clock and the office time zone. Instants are stored in UTC; "today" for a deadline is the
 * office's today ({@code caseloop.zone}, default Asia/Shanghai), whatever the server's own zone.
 *
 * <p>{@code caseloop.clock.start} (an ISO date-time with offset) makes the clock start at that instant
 * and run on from there. It exists so that a whole test server can be tried on another date — the
 * year end, a year whose calendar is not entered — without shifting the machine's time (which slows
 * a JVM under libfaketime to a crawl). It is never set in production; a warning says when it is.
 */
@ApplicationScoped
public class Clocks {

    private static final Logger LOG = Logger.getLogger(Clocks.class.getName());

    @Produces
    @Singleton
    ZoneId officeZone(@ConfigProperty(name = "caseloop.zone", defaultValue = "Asia/Shanghai") String zone) {
        return ZoneId.of(zone);
    }

    @Produces
    @Singleton
    Clock clock(ZoneId officeZone, @ConfigProperty(name = "caseloop.clock.start") Optional<String> start) {
        Clock system = Clock.system(officeZone);
        if (start.isEmpty() || start.get().isBlank()) {
            return system;
        }
        OffsetDateTime startAt = OffsetDateTime.parse(start.get().trim());
        LOG.warning(() -> "caseloop.clock.start is set: this server's clock starts at " + startAt
                + " instead of the real time. Never set it in production.");
        return Clock.offset(system, Duration.between(system.instant(), startAt.toInstant()));
    }
}
