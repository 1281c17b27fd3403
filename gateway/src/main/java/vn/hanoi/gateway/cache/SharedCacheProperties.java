package vn.hanoi.gateway.cache;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code gateway.cache.redis}: whether the lookup cache is shared through Redis, the prefix of its keys,
 * and the breaker in front of it (how many failures open it, how long it stays open, doubling up to a
 * maximum while Redis keeps failing). The connection itself is {@code spring.data.redis.*}.
 */
@ConfigurationProperties("gateway.cache.redis")
record SharedCacheProperties(boolean enabled, String keyPrefix, Breaker breaker) {

    record Breaker(int slidingWindowSize, int minimumNumberOfCalls, float failureRateThreshold,
                   Duration waitInOpenState, Duration maxWaitInOpenState) {
    }
}
