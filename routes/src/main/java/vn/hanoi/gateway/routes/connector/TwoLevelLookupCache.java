package vn.hanoi.gateway.routes.connector;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.Optional;

/**
 * A near cache in this JVM in front of a cache shared by every instance (Redis). A near copy answers
 * alone for {@code nearTtl} after it was last checked; after that the shared cache is asked again, so a
 * record refreshed by another instance reaches this one within {@code nearTtl}. When the shared cache
 * has no copy (it lost it, or it is unreachable), the near copy answers for as long as it is kept: a
 * record this instance fetched itself for its whole {@code keepFor}, one learned from the shared cache
 * for {@code nearTtl}. Writes go to both.
 */
public final class TwoLevelLookupCache implements LookupCache {

    private final Cache<String, Near> near;
    private final LookupCache shared;
    private final long nearTtlNanos;
    private final Ticker ticker;

    public TwoLevelLookupCache(LookupCache shared, long maxNearEntries, Duration nearTtl) {
        this(shared, maxNearEntries, nearTtl, Ticker.systemTicker());
    }

    TwoLevelLookupCache(LookupCache shared, long maxNearEntries, Duration nearTtl, Ticker ticker) {
        this.shared = shared;
        this.nearTtlNanos = nearTtl.toNanos();
        this.ticker = ticker;
        this.near = Caffeine.newBuilder()
                .maximumSize(maxNearEntries)
                .expireAfter(new KeepForExpiry())
                .ticker(ticker)
                .build();
    }

    @Override
    public Optional<CachedRecord> get(String hashedKey) {
        Near copy = near.getIfPresent(hashedKey);
        long now = ticker.read();
        if (copy != null && now - copy.checkedAt() < nearTtlNanos) {
            return Optional.of(copy.record());
        }
        Optional<CachedRecord> fromShared = shared.get(hashedKey);
        if (fromShared.isPresent()) {
            near.put(hashedKey, new Near(fromShared.get(), nearTtlNanos, now));
            return fromShared;
        }
        return copy == null ? Optional.empty() : Optional.of(copy.record());
    }

    @Override
    public void put(String hashedKey, CachedRecord record, Duration keepFor) {
        near.put(hashedKey, new Near(record, keepFor.toNanos(), ticker.read()));
        shared.put(hashedKey, record, keepFor);
    }

    public long nearSize() {
        return near.estimatedSize();
    }

    private record Near(CachedRecord record, long keepForNanos, long checkedAt) {
    }

    private static final class KeepForExpiry implements Expiry<String, Near> {
        @Override
        public long expireAfterCreate(String key, Near value, long currentTime) {
            return value.keepForNanos();
        }

        @Override
        public long expireAfterUpdate(String key, Near value, long currentTime, long currentDuration) {
            return value.keepForNanos();
        }

        @Override
        public long expireAfterRead(String key, Near value, long currentTime, long currentDuration) {
            return currentDuration;
        }
    }
}
