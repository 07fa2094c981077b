package org.caseloop.platform.health;

/**
 * Who may read /metrics: the server itself and its local agents (a scraper or sidecar on the same machine,
 * whose requests come from a loopback address), and otherwise only staff with the OPERATIONS role. The
 * address is the client's as {@link org.caseloop.platform.web.RequestOrigin} resolves it, so a request that a
 * trusted proxy forwards for a remote client is remote even though the proxy itself connects from loopback.
 */
public final class MetricsAccess {

    private MetricsAccess() {
    }

    /** Whether the address is the loopback interface; only address literals count, never a name to look up. */
    public static boolean isLoopback(String address) {
        if (address == null) {
            return false;
        }
        return address.matches("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}")
                || address.equals("::1") || address.equals("0:0:0:0:0:0:0:1") || address.equals("[::1]");
    }
}
