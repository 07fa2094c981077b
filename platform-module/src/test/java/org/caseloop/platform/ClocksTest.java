package org.caseloop.platform;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClocksTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Test
    void withoutAStartTheClockIsTheSystemClockInTheOfficeZone() {
        Clock clock = new Clocks().clock(SHANGHAI, Optional.empty());

        assertEquals(SHANGHAI, clock.getZone());
        assertTrue(Duration.between(Instant.now(), clock.instant()).abs().toSeconds() < 5);
    }

    @Test
    void aConfiguredStartMovesTheClockThereAndLetsItRunOn() throws InterruptedException {
        Clock clock = new Clocks().clock(SHANGHAI, Optional.of("2027-03-15T10:00:00+08:00"));

        Instant first = clock.instant();
        assertEquals(LocalDate.of(2027, 3, 15), LocalDate.now(clock));
        assertTrue(Duration.between(Instant.parse("2027-03-15T02:00:00Z"), first).abs().toSeconds() < 5);
        Thread.sleep(20);
        assertTrue(clock.instant().isAfter(first), "the moved clock keeps running");
    }

    @Test
    void aStartThatIsNotAnIsoDateTimeWithOffsetStopsTheStart() {
        assertThrows(RuntimeException.class, () -> new Clocks().clock(SHANGHAI, Optional.of("next monday")));
    }
}
