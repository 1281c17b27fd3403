package vn.hanoi.gateway.cache;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.hanoi.gateway.routes.connector.CachedRecord;

/** A real Lettuce client whose Redis is not there: lookups go on, and soon cost next to nothing. */
class RedisLookupCacheWithoutRedisTest {

    private final TestRedis nowhere = new TestRedis("127.0.0.1", TestRedis.nowhere());
    private final RedisLink link = nowhere.link();
    private final RedisLookupCache cache = nowhere.cache(link);

    @AfterEach
    void disconnect() {
        nowhere.disconnect();
    }

    @Test
    void answersMissesAndDropsWritesWithoutFailing() {
        cache.put("k", new CachedRecord(new CachedRecordCodecTest.Sealed(new byte[] {1}), Instant.now()), Duration.ofMinutes(1));

        assertThat(cache.get("k")).isEmpty();
        assertThat(link.lastFailure()).isPresent();
    }

    @Test
    void costsNextToNothingPerLookupOnceTheBreakerHasOpened() {
        for (int i = 0; i < RedisLookupCacheTest.BREAKER.minimumNumberOfCalls(); i++) {
            cache.get("k");
        }
        assertThat(link.breakerState()).isEqualTo(CircuitBreaker.State.OPEN);

        long start = System.nanoTime();
        for (int i = 0; i < 10_000; i++) {
            cache.get("k");
        }
        Duration tenThousand = Duration.ofNanos(System.nanoTime() - start);

        assertThat(tenThousand).isLessThan(Duration.ofMillis(500));
        assertThat(link.ping()).isFalse();
    }
}
