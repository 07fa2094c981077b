package org.caseloop.platform.web.api;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PagingTest {

    private static String describe(Optional<InvalidParameterException> problem) {
        return problem.map(p -> p.parameter() + " " + p.code() + " " + List.of(p.args())).orElse("none");
    }

    @Test
    void theFirstAndTheLargestPageAreAccepted() {
        assertEquals("none", describe(Paging.problem(0, 1, 200)));
        assertEquals("none", describe(Paging.problem(1_000, 200, 200)));
    }

    @Test
    void aNegativeOffsetIsRefusedWithTheValue() {
        assertEquals("offset api.param.offset [-1]", describe(Paging.problem(-1, 20, 200)));
    }

    @Test
    void aPageSizeOutsideTheRangeIsRefusedWithTheRange() {
        assertEquals("limit api.param.limit [200, 0]", describe(Paging.problem(0, 0, 200)));
        assertEquals("limit api.param.limit [200, 201]", describe(Paging.problem(0, 201, 200)));
    }
}
