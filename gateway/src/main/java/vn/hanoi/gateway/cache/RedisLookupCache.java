package vn.hanoi.gateway.cache;

import java.time.Duration;
import java.util.Optional;
import vn.hanoi.gateway.routes.connector.CachedRecord;
import vn.hanoi.gateway.routes.connector.LookupCache;

/**
 * The lookup cache shared by every instance: one Redis string per record, under the configured prefix
 * and the record's keyed-hash key, expiring after the {@code keepFor} its connector gives. Redis is a
 * help, never a dependency: whatever goes wrong there ({@link RedisLink}) is a miss or a write not kept.
 */
final class RedisLookupCache implements LookupCache {

    private final RedisLink redis;
    private final String keyPrefix;
    private final SharedCacheMeters meters;
    private final CachedRecordCodec codec = new CachedRecordCodec();

    RedisLookupCache(RedisLink redis, String keyPrefix, SharedCacheMeters meters) {
        this.redis = redis;
        this.keyPrefix = keyPrefix;
        this.meters = meters;
    }

    @Override
    public Optional<CachedRecord> get(String hashedKey) {
        Optional<String> stored = redis.call(SharedCacheMeters.GET, template -> template.opsForValue().get(keyPrefix + hashedKey));
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(codec.decode(stored.get()));
        } catch (CachedRecordCodec.UnreadableValueException unreadable) {
            meters.unreadable();
            return Optional.empty();
        }
    }

    @Override
    public void put(String hashedKey, CachedRecord record, Duration keepFor) {
        if (keepFor.isNegative() || keepFor.isZero()) {
            return;
        }
        String value;
        try {
            value = codec.encode(record);
        } catch (CachedRecordCodec.UnreadableValueException unwritable) {
            meters.unreadable();
            return;
        }
        redis.call(SharedCacheMeters.PUT, template -> {
            template.opsForValue().set(keyPrefix + hashedKey, value, keepFor);
            return Boolean.TRUE;
        });
    }
}
