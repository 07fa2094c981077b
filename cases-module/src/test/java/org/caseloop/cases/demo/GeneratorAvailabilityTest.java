package org.caseloop.cases.demo;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GeneratorAvailabilityTest {

    @Test
    void availableWithDemoDataOnADemoDatabase() {
        assertTrue(GeneratorAvailability.allows(true, false, () -> true));
    }

    @Test
    void availableWithTheBenchmarkSwitchOnADemoDatabase() {
        assertTrue(GeneratorAvailability.allows(false, true, () -> true));
    }

    @Test
    void absentWithoutDemoDataOrTheBenchmarkSwitch() {
        assertFalse(GeneratorAvailability.allows(false, false, () -> true));
        assertFalse(GeneratorAvailability.allows(false, false, () -> false));
    }

    @Test
    void neverOnAProductionDatabaseWhateverTheSwitches() {
        assertFalse(GeneratorAvailability.allows(true, true, () -> false));
        assertFalse(GeneratorAvailability.allows(false, true, () -> false));
        assertFalse(GeneratorAvailability.allows(true, false, () -> false));
    }
}
