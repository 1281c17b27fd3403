package vn.hanoi.gateway.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.hanoi.gateway.routes.connector.CacheKeys;
import vn.hanoi.gateway.routes.connector.CachedRecord;
import vn.hanoi.gateway.testing.BundledFixtures;
import vn.hanoi.gateway.testing.services.LocalServices;
import vn.hanoi.gateway.testing.services.Requires;
import vn.hanoi.gateway.testing.services.Service;

/** The shared lookup cache on the Redis of this machine. */
@Requires(Service.REDIS)
class RedisLookupCacheIT {

    private static final Instant RETRIEVED_AT = Instant.parse("2026-11-28T01:02:03Z");
    private static final Duration KEEP_FOR = Duration.ofMinutes(15).plusHours(24);

    private final TestRedis redis = new TestRedis(LocalServices.REDIS_HOST, LocalServices.REDIS_PORT);
    private final RedisLink link = redis.link();
    private final RedisLookupCache cache = redis.cache(link);
    private final CacheKeys keys = new CacheKeys("a-test-secret-of-32-bytes-length".getBytes());

    @AfterEach
    void deleteTheTestKeys() {
        redis.close();
    }

    @Test
    void answersEveryCanonicalRecordAsItWasPut() {
        CachedRecordCodecTest.CANONICAL_TYPES.keySet().forEach(system -> BundledFixtures.names(system + "/canonical").forEach(id -> {
            String key = keys.keyOf(system, "lookup", id);
            CachedRecord record = new CachedRecord(CachedRecordCodecTest.canonical(system, id), RETRIEVED_AT);
            cache.put(key, record, KEEP_FOR);
            assertThat(cache.get(key)).as(system + " " + id + " " + link.lastFailure()).contains(record);
        }));
    }

    @Test
    void keepsEachEntryForTheKeepForItsConnectorGave() {
        String key = keys.keyOf("population", "lookup", "001305885451");
        cache.put(key, new CachedRecord(CachedRecordCodecTest.canonical("population", "001305885451"), RETRIEVED_AT), KEEP_FOR);
        cache.put(keys.keyOf("business", "lookup", "0110386356"),
                new CachedRecord(CachedRecordCodecTest.canonical("business", "0110386356"), RETRIEVED_AT), Duration.ofSeconds(90));

        assertThat(redis.template.getExpire(redis.keyPrefix + key, TimeUnit.MILLISECONDS))
                .isBetween(KEEP_FOR.minusSeconds(5).toMillis(), KEEP_FOR.toMillis());
        assertThat(redis.template.getExpire(redis.keyPrefix + keys.keyOf("business", "lookup", "0110386356"), TimeUnit.SECONDS))
                .isBetween(85L, 90L);
    }

    @Test
    void storesUnderTheKeyedHashNeverTheIdentifier() {
        cache.put(keys.keyOf("population", "lookup", "001305885451"),
                new CachedRecord(CachedRecordCodecTest.canonical("population", "001305885451"), RETRIEVED_AT), KEEP_FOR);

        assertThat(redis.template.keys(redis.keyPrefix + "*")).singleElement().satisfies(stored -> {
            assertThat(stored).startsWith(redis.keyPrefix + "population:lookup:").doesNotContain("001305885451");
            assertThat(stored.substring(stored.lastIndexOf(':') + 1)).matches("[0-9a-f]{64}");
        });
    }

    @Test
    void answersNothingForAValueItCannotRead() {
        String key = keys.keyOf("population", "lookup", "001305885451");
        redis.template.opsForValue().set(redis.keyPrefix + key, "{\"type\":\"java.util.HashMap\",\"record\":{}}");

        assertThat(cache.get(key)).isEmpty();
        assertThat(link.ping()).isTrue();
    }
}
