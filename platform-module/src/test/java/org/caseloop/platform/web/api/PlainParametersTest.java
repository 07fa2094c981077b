package org.caseloop.platform.web.api;

import jakarta.ws.rs.core.MultivaluedHashMap;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PlainParametersTest {

    private static MultivaluedHashMap<String, String> parameter(String name, String value) {
        MultivaluedHashMap<String, String> parameters = new MultivaluedHashMap<>();
        parameters.add(name, value);
        return parameters;
    }

    @Test
    void aSearchTextIsAPlainParameter() {
        assertDoesNotThrow(() -> PlainParameters.check(parameter("q", "危险驾驶 罪")));
    }

    @Test
    void aNulOrAnEscapeInAParameterIsRefused() {
        InvalidParameterException nul = assertThrows(InvalidParameterException.class,
                () -> PlainParameters.check(parameter("q", "a\u0000")));
        assertEquals("q", nul.parameter());
        assertEquals("api.param.control", nul.code());
        assertEquals("api.param.control", assertThrows(InvalidParameterException.class,
                () -> PlainParameters.check(parameter("label", "\u001b[31m"))).code());
    }

    @Test
    void anOverLongParameterIsRefused() {
        assertEquals("api.param.tooLong", assertThrows(InvalidParameterException.class,
                () -> PlainParameters.check(parameter("q", "x".repeat(PlainParameters.MAX_LENGTH + 1)))).code());
    }
}
