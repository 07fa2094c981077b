package org.caseloop.platform.health;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MetricsAccessTest {

    @Test
    void loopbackAddressesAreLocal() {
        assertTrue(MetricsAccess.isLoopback("127.0.0.1"));
        assertTrue(MetricsAccess.isLoopback("127.10.0.3"));
        assertTrue(MetricsAccess.isLoopback("0:0:0:0:0:0:0:1"));
        assertTrue(MetricsAccess.isLoopback("::1"));
    }

    @Test
    void anyOtherAddressOrANameIsRemote() {
        assertFalse(MetricsAccess.isLoopback("10.0.0.5"));
        assertFalse(MetricsAccess.isLoopback("203.0.113.7"));
        assertFalse(MetricsAccess.isLoopback("127.0.0.1.example.org"));
        assertFalse(MetricsAccess.isLoopback("localhost"));
        assertFalse(MetricsAccess.isLoopback(null));
    }
}
