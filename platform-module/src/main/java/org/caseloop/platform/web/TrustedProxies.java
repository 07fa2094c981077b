package org.caseloop.platform.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The client address behind reverse proxies. X-Forwarded-For is a list that every proxy appends to,
 * so only its right-hand end is trustworthy: each entry was added by the hop to its right, and the
 * left-most entries are whatever the client chose to send. Walking from the connection's peer to
 * the left, the client is the first address not added by (that is, not itself) a configured trusted
 * proxy. A request that does not arrive from a trusted proxy keeps its peer address whatever it says.
 */
public final class TrustedProxies {

    private final Set<String> addresses;

    public TrustedProxies(Collection<String> addresses) {
        this.addresses = Set.copyOf(addresses.stream().map(String::trim).filter(a -> !a.isEmpty()).toList());
    }

    /**
     * @param peer           the address of the connection's other end
     * @param forwardedLists the values of every X-Forwarded-For header, in the order received
     */
    public String clientAddress(String peer, Collection<String> forwardedLists) {
        if (!addresses.contains(peer)) {
            return peer;
        }
        List<String> hops = new ArrayList<>();
        for (String list : forwardedLists) {
            for (String hop : list.split(",")) {
                if (!hop.isBlank()) {
                    hops.add(hop.trim());
                }
            }
        }
        String client = peer;
        for (int i = hops.size() - 1; i >= 0; i--) {
            client = hops.get(i);
            if (!addresses.contains(client)) {
                return client;
            }
        }
        return client;
    }
}
