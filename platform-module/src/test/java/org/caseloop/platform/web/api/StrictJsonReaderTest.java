package org.caseloop.platform.web.api;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class StrictJsonReaderTest {

    private static String nested(int depth) {
        return "[".repeat(depth) + "]".repeat(depth);
    }

    @Test
    void aBodyNestedDeeperThanTheLimitIsRefusedBeforeItIsBuilt() {
        MalformedBodyException e = assertThrows(MalformedBodyException.class,
                () -> StrictJsonReader.parse(nested(1_000)));
        assertEquals("api.body.tooDeep", e.code());
        assertEquals(StrictJsonReader.MAX_DEPTH, e.args()[0]);
    }

    @Test
    void aBodyAtTheLimitIsRead() {
        assertDoesNotThrow(() -> StrictJsonReader.parse(nested(StrictJsonReader.MAX_DEPTH)));
    }

    @Test
    void textThatIsNotJsonIsRefused() {
        assertEquals("api.body.syntax",
                assertThrows(MalformedBodyException.class, () -> StrictJsonReader.parse("{\"a\":")).code());
        assertEquals("api.body.syntax",
                assertThrows(MalformedBodyException.class, () -> StrictJsonReader.parse("{} {}")).code());
    }
}
