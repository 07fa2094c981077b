package org.caseloop.platform.web.api;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PagingTest {

    @Test
    void theFirstAndTheLargestPageAreAccepted() {
        assertEquals(Optional.empty(), Paging.problem(0, 1, 200));
        assertEquals(Optional.empty(), Paging.problem(1_000, 200, 200));
    }

    @Test
    void aNegativeOffsetIsRefusedWithTheValue() {
        assertEquals(Optional.of("offset must not be negative, got -1"), Paging.problem(-1, 20, 200));
    }

    @Test
    void aPageSizeOutsideTheRangeIsRefusedWithTheRange() {
        assertEquals(Optional.of("limit must be between 1 and 200, got 0"), Paging.problem(0, 0, 200));
        assertEquals(Optional.of("limit must be between 1 and 200, got 201"), Paging.problem(0, 201, 200));
    }
}
