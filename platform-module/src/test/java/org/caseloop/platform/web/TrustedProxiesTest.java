package org.caseloop.platform.web;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TrustedProxiesTest {

    private final TrustedProxies proxies = new TrustedProxies(List.of("10.0.0.5", " 10.0.0.6 "));

    @Test
    void theRightMostAddressAddedByTheTrustedProxyIsTheClient() {
        assertEquals("203.0.113.7", proxies.clientAddress("10.0.0.5", List.of("198.51.100.1, 203.0.113.7")));
    }

    @Test
    void aForgedLeftMostAddressIsNeverTaken() {
        assertEquals("203.0.113.7", proxies.clientAddress("10.0.0.5", List.of("127.0.0.1,203.0.113.7")));
    }

    @Test
    void chainedTrustedProxiesAreSkippedFromTheRight() {
        assertEquals("203.0.113.7", proxies.clientAddress("10.0.0.5", List.of("1.2.3.4, 203.0.113.7", "10.0.0.6")));
    }

    @Test
    void aPeerThatIsNotATrustedProxyKeepsItsOwnAddress() {
        assertEquals("198.51.100.9", proxies.clientAddress("198.51.100.9", List.of("127.0.0.1")));
    }

    @Test
    void withoutTrustedProxiesTheHeaderIsIgnored() {
        assertEquals("10.0.0.5", new TrustedProxies(List.of()).clientAddress("10.0.0.5", List.of("203.0.113.7")));
    }

    @Test
    void aTrustedProxyWithoutTheHeaderIsTheClient() {
        assertEquals("10.0.0.5", proxies.clientAddress("10.0.0.5", List.of()));
    }

    @Test
    void aChainOfOnlyTrustedProxiesEndsAtTheLeftMostOfThem() {
        assertEquals("10.0.0.6", proxies.clientAddress("10.0.0.5", List.of("10.0.0.6")));
    }
}
