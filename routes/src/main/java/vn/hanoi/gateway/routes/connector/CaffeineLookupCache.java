package vn.hanoi.gateway.routes.connector;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import java.time.Duration;
import java.util.Optional;

/** The in-JVM lookup cache: bounded, with each entry kept as long as its connector's policy says. */
public final class CaffeineLookupCache implements LookupCache {

    private final Cache<String, Held> cache;

    public CaffeineLookupCache(long maxEntries) {
        this.cache = Caffeine.newBuilder()
                .maximumSize(maxEntries)
                .expireAfter(new KeepForExpiry())
                .build();
    }

    @Override
    public Optional<CachedRecord> get(String hashedKey) {
        return Optional.ofNullable(cache.getIfPresent(hashedKey)).map(Held::record);
    }

    @Override
    public void put(String hashedKey, CachedRecord record, Duration keepFor) {
        cache.put(hashedKey, new Held(record, keepFor));
    }

    public long size() {
        return cache.estimatedSize();
    }

    private record Held(CachedRecord record, Duration keepFor) {
    }

    private static final class KeepForExpiry implements Expiry<String, Held> {
        @Override
        public long expireAfterCreate(String key, Held value, long currentTime) {
            return value.keepFor().toNanos();
        }

        @Override
        public long expireAfterUpdate(String key, Held value, long currentTime, long currentDuration) {
            return value.keepFor().toNanos();
        }

        @Override
        public long expireAfterRead(String key, Held value, long currentTime, long currentDuration) {
            return currentDuration;
        }
    }
}
