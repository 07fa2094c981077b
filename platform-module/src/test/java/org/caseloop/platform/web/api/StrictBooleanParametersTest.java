package org.caseloop.platform.web.api;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class StrictBooleanParametersTest {

    @Test
    void onlyTrueAndFalseAreBooleans() {
        assertEquals(Boolean.TRUE, StrictBooleanParameters.STRICT.fromString("true"));
        assertEquals(Boolean.FALSE, StrictBooleanParameters.STRICT.fromString("false"));
        assertNull(StrictBooleanParameters.STRICT.fromString(null));
    }

    @Test
    void yesOneOrATypingErrorIsRefusedRatherThanFalse() {
        for (String value : new String[] {"yes", "1", "0", "TRUE ", "ture", ""}) {
            InvalidParameterException e = assertThrows(InvalidParameterException.class,
                    () -> StrictBooleanParameters.STRICT.fromString(value));
            assertEquals("api.param.boolean", e.code());
        }
    }

    @Test
    void onlyOptionalBooleansAreConverted() {
        StrictBooleanParameters provider = new StrictBooleanParameters();
        assertEquals(StrictBooleanParameters.STRICT, provider.getConverter(Boolean.class, Boolean.class, null));
        assertNull(provider.getConverter(String.class, String.class, null));
    }
}
