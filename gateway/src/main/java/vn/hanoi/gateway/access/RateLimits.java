package vn.hanoi.gateway.access;

import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import io.github.resilience4j.ratelimiter.internal.AtomicRateLimiter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * One Resilience4j rate limiter per client, configured from {@link RateLimitProperties}. A request over
 * the limit does not wait: the caller is told how long until the next permit.
 */
@Component
class RateLimits {

    private final RateLimiterRegistry limiters = RateLimiterRegistry.ofDefaults();
    private final RateLimitProperties properties;
    private final MeterRegistry meters;

    RateLimits(RateLimitProperties properties, MeterRegistry meters) {
        this.properties = properties;
        this.meters = meters;
    }

    /** Empty when the client may go on; else how long it should wait. */
    Optional<Duration> acquire(String clientId) {
        RateLimiter limiter = limiters.rateLimiter(clientId, () -> configFor(clientId));
        if (limiter.acquirePermission()) {
            return Optional.empty();
        }
        meters.counter("gateway.rate-limit.rejections", "client", clientId).increment();
        Duration wait = limiter instanceof AtomicRateLimiter atomic
                ? Duration.ofNanos(Math.max(0, atomic.getDetailedMetrics().getNanosToWait()))
                : properties.limitRefreshPeriodOf(clientId);
        return Optional.of(wait);
    }

    private RateLimiterConfig configFor(String clientId) {
        return RateLimiterConfig.custom()
                .limitForPeriod(properties.limitForPeriodOf(clientId))
                .limitRefreshPeriod(properties.limitRefreshPeriodOf(clientId))
                .timeoutDuration(Duration.ZERO)
                .build();
    }
}
