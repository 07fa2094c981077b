package org.caseloop.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Values read from the database that may be reused for a few seconds and no longer. A change on this
 * server forgets its entry at once; a change on another server sharing the database is seen here when
 * the entry expires, so the time to live bounds how long a stale value can last anywhere in the cluster.
 */
public final class ShortLivedCache<K, V> {

    private record Entry<V>(V value, Instant expires) {
    }

    private final ConcurrentHashMap<K, Entry<V>> entries = new ConcurrentHashMap<>();
    private final Duration ttl;
    private final Clock clock;
    private final Function<K, V> loader;

    public ShortLivedCache(Duration ttl, Clock clock, Function<K, V> loader) {
        this.ttl = ttl;
        this.clock = clock;
        this.loader = loader;
    }

    public V get(K key) {
        Instant now = clock.instant();
        Entry<V> entry = entries.get(key);
        if (entry != null && now.isBefore(entry.expires())) {
            return entry.value();
        }
        V value = loader.apply(key);
        if (!ttl.isZero() && !ttl.isNegative()) {
            entries.put(key, new Entry<>(value, now.plus(ttl)));
        }
        return value;
    }

    public void forget(K key) {
        entries.remove(key);
    }
}
