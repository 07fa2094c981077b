package org.caseloop.platform.security;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Roles and the active flag may be reused for a few seconds, never longer, on any server. */
class ShortLivedCacheTest {

    private static final Instant T0 = Instant.parse("2026-12-03T02:00:00Z");

    /** A clock the test moves forward. */
    private static final class MovableClock extends Clock {
        private Instant now = T0;

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final MovableClock clock = new MovableClock();
    private final Map<String, String> database = new HashMap<>(Map.of("director", "ADMIN"));
    private final AtomicInteger reads = new AtomicInteger();
    private final ShortLivedCache<String, String> cache = new ShortLivedCache<>(Duration.ofSeconds(3), clock, user -> {
        reads.incrementAndGet();
        return database.get(user);
    });

    @Test
    void aValueIsReusedWithinItsTimeToLive() {
        assertEquals("ADMIN", cache.get("director"));
        clock.now = T0.plusMillis(2_999);
        assertEquals("ADMIN", cache.get("director"));
        assertEquals(1, reads.get());
    }

    @Test
    void aChangeMadeOnAnotherServerIsSeenOnceTheTimeToLiveHasPassed() {
        assertEquals("ADMIN", cache.get("director"));
        database.put("director", "HANDLER");
        clock.now = T0.plusSeconds(3);
        assertEquals("HANDLER", cache.get("director"));
    }

    @Test
    void aChangeMadeOnThisServerIsSeenAtOnce() {
        assertEquals("ADMIN", cache.get("director"));
        database.put("director", "HANDLER");
        cache.forget("director");
        assertEquals("HANDLER", cache.get("director"));
    }

    @Test
    void aZeroTimeToLiveReadsEveryTime() {
        ShortLivedCache<String, String> uncached = new ShortLivedCache<>(Duration.ZERO, clock, user -> {
            reads.incrementAndGet();
            return database.get(user);
        });
        uncached.get("director");
        uncached.get("director");
        assertEquals(2, reads.get());
    }
}
