package vn.thituyen.delivery;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * A small in-memory cache for values that do not change during an exam (a candidate's name, a position's name):
 * each entry is kept for {@code ttl}, and the whole cache is dropped when it grows past {@code maxEntries}
 * (every entry can be read again). Per node; nothing depends on it being there.
 */
final class ShortLivedCache<K, V> {

    private record Entry<V>(V value, long loadedAt) {
    }

    private final ConcurrentHashMap<K, Entry<V>> entries = new ConcurrentHashMap<>();
    private final long ttlNanos;
    private final int maxEntries;

    ShortLivedCache(Duration ttl, int maxEntries) {
        this.ttlNanos = ttl.toNanos();
        this.maxEntries = maxEntries;
    }

    V get(K key, Supplier<V> load) {
        long now = System.nanoTime();
        Entry<V> e = entries.get(key);
        if (e != null && now - e.loadedAt() < ttlNanos) {
            return e.value();
        }
        V value = load.get();
        if (entries.size() >= maxEntries) {
            entries.clear();
        }
        entries.put(key, new Entry<>(value, now));
        return value;
    }
}
