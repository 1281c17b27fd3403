package vn.hanoi.gateway.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.RedisConnectionFailureException;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.ValueOperations;
import vn.hanoi.gateway.routes.connector.CachedRecord;

/** The breaker in front of Redis: failures are swallowed, and once it opens Redis is not called. */
class RedisLookupCacheTest {

    static final SharedCacheProperties.Breaker BREAKER = new SharedCacheProperties.Breaker(
            10, 5, 50, Duration.ofMillis(200), Duration.ofSeconds(1));
    private static final CachedRecord RECORD = new CachedRecord(new CachedRecordCodecTest.Sealed(new byte[] {1}),
            Instant.parse("2026-11-28T01:00:00Z"));

    private final StringRedisTemplate redis = mock(StringRedisTemplate.class);
    @SuppressWarnings("unchecked")
    private final ValueOperations<String, String> values = mock(ValueOperations.class);
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private RedisLink link;
    private RedisLookupCache cache;

    @BeforeEach
    void redisThatFails() {
        when(redis.opsForValue()).thenReturn(values);
        when(values.get(anyString())).thenThrow(new RedisConnectionFailureException("refused"));
        SharedCacheMeters counters = new SharedCacheMeters(meters);
        link = new RedisLink(redis, SharedCacheConfiguration.breaker(BREAKER), counters, Clock.systemUTC());
        cache = new RedisLookupCache(link, "p:", counters);
    }

    @Test
    void aFailingRedisIsAMissNeverAnError() {
        assertThat(cache.get("k")).isEmpty();
        cache.put("k", RECORD, Duration.ofMinutes(1));

        assertThat(link.lastFailure()).hasValueSatisfying(f -> assertThat(f.error()).isEqualTo("RedisConnectionFailureException"));
        assertThat(meters.get("gateway.cache.shared").tag("operation", "get").tag("outcome", "failed").counter().count()).isEqualTo(1);
    }

    @Test
    void stopsCallingRedisOnceTheBreakerOpens() {
        for (int i = 0; i < 100; i++) {
            cache.get("k");
        }

        verify(values, times(BREAKER.minimumNumberOfCalls())).get(anyString());
        assertThat(link.breakerState()).isEqualTo(CircuitBreaker.State.OPEN);
        assertThat(link.ping()).isFalse();
        assertThat(meters.get("gateway.cache.shared").tag("operation", "get").tag("outcome", "skipped").counter().count())
                .isEqualTo(100 - BREAKER.minimumNumberOfCalls());
    }

    @Test
    void triesRedisAgainAfterTheWaitAndClosesWhenItAnswers() throws InterruptedException {
        for (int i = 0; i < BREAKER.minimumNumberOfCalls(); i++) {
            cache.get("k");
        }
        doReturn(null).when(values).get(anyString());
        Thread.sleep(BREAKER.waitInOpenState().toMillis() + 50);

        assertThat(cache.get("k")).isEmpty();
        assertThat(link.breakerState()).isEqualTo(CircuitBreaker.State.CLOSED);
        verify(values, times(BREAKER.minimumNumberOfCalls() + 1)).get(anyString());
    }
}
