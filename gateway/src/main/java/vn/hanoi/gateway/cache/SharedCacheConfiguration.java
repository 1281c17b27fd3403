package vn.hanoi.gateway.cache;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.core.IntervalFunction;
import io.lettuce.core.ClientOptions;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.data.redis.LettuceClientOptionsBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.StringRedisTemplate;
import vn.hanoi.gateway.routes.connector.LookupCache;
import vn.hanoi.gateway.routes.connector.EncryptingLookupCache;
import vn.hanoi.gateway.routes.connector.TwoLevelLookupCache;

/**
 * With {@code gateway.cache.redis.enabled} (the production profile): the lookup cache is the near cache
 * of this instance in front of Redis, shared by every instance. The Redis connection is Spring Boot's
 * ({@code spring.data.redis.*}: host, port, password, TLS, command timeout).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "gateway.cache.redis.enabled", havingValue = "true")
class SharedCacheConfiguration {

    static final String SHARED_STORE = "sharedLookupStore";

    @Bean
    SharedCacheMeters sharedCacheMeters(MeterRegistry meters) {
        return new SharedCacheMeters(meters);
    }

    @Bean
    RedisLink redisLink(StringRedisTemplate redis, SharedCacheProperties properties, SharedCacheMeters meters, Clock clock) {
        return new RedisLink(redis, breaker(properties.breaker()), meters, clock);
    }

    /**
     * The seam through which every cached value leaves the JVM: the Redis cache is wrapped in AES-GCM
     * ({@link EncryptingLookupCache}, key {@code gateway.cache.value-key}, equal on every instance) before
     * anything is written to it. Keys are already keyed hashes.
     */
    @Bean(name = SHARED_STORE, defaultCandidate = false)
    LookupCache sharedLookupStore(RedisLink link, SharedCacheProperties properties, SharedCacheMeters meters,
                                  @Value("${gateway.cache.value-key}") String valueKey) {
        return EncryptingLookupCache.withBase64Key(new RedisLookupCache(link, properties.keyPrefix(), meters), valueKey);
    }

    @Bean
    LookupCache lookupCache(@Qualifier(SHARED_STORE) LookupCache shared,
                            @Value("${gateway.cache.max-entries}") long maxNearEntries,
                            @Value("${gateway.cache.near-ttl}") Duration nearTtl) {
        return new TwoLevelLookupCache(shared, maxNearEntries, nearTtl);
    }

    /** While Lettuce reconnects, commands fail at once instead of waiting in its queue for their timeout. */
    @Bean
    LettuceClientOptionsBuilderCustomizer failFastWhileDisconnected() {
        return options -> options.disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS);
    }

    static CircuitBreaker breaker(SharedCacheProperties.Breaker settings) {
        Duration wait = settings.waitInOpenState();
        return CircuitBreaker.of("shared-lookup-cache", CircuitBreakerConfig.custom()
                .slidingWindowSize(settings.slidingWindowSize())
                .minimumNumberOfCalls(settings.minimumNumberOfCalls())
                .failureRateThreshold(settings.failureRateThreshold())
                .waitIntervalFunctionInOpenState(IntervalFunction.ofExponentialBackoff(
                        wait, 2, settings.maxWaitInOpenState()))
                .permittedNumberOfCallsInHalfOpenState(1)
                .build());
    }
}
