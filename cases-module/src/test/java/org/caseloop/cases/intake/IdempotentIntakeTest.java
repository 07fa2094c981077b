package org.caseloop.cases.intake;

import jakarta.persistence.PersistenceException;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

class IdempotentIntakeTest {

    private static RuntimeException lostRace() {
        return new PersistenceException("commit failed", new SQLException("duplicate key", "23505"));
    }

    @Test
    void anIntakeThatLostTheRaceForItsAgencyReferenceIsTakenAgain() {
        AtomicInteger tries = new AtomicInteger();
        String answer = IdempotentIntake.retryingLostRaces(() -> {
            if (tries.incrementAndGet() == 1) {
                throw lostRace();
            }
            return "the case the winner registered";
        });
        assertEquals("the case the winner registered", answer);
        assertEquals(2, tries.get());
    }

    @Test
    void anyOtherFailureIsNotRetried() {
        AtomicInteger tries = new AtomicInteger();
        RuntimeException other = new PersistenceException("broken", new SQLException("no such column", "42703"));
        assertSame(other, assertThrows(RuntimeException.class, () -> IdempotentIntake.retryingLostRaces(() -> {
            tries.incrementAndGet();
            throw other;
        })));
        assertEquals(1, tries.get());
    }

    @Test
    void theTriesAreBounded() {
        AtomicInteger tries = new AtomicInteger();
        assertThrows(PersistenceException.class, () -> IdempotentIntake.retryingLostRaces(() -> {
            tries.incrementAndGet();
            throw lostRace();
        }));
        assertEquals(IdempotentIntake.ATTEMPTS, tries.get());
    }
}
