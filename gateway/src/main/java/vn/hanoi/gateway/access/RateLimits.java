package vn.hanoi.gateway.access;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * One Bucket4j token bucket per client, configured from {@link RateLimitProperties}: {@code limit-for-period}
 * tokens, refilled all at once every {@code limit-refresh-period}. The buckets are this instance's, or shared
 * through Redis ({@code gateway.rate-limit.shared.enabled}, {@link SharedBuckets}). A request over the limit does
 * not wait: the caller is told how long until the next token.
 */
@Component
class RateLimits {

    private final ClientBuckets buckets;
    private final RateLimitProperties properties;
    private final MeterRegistry meters;

    RateLimits(ClientBuckets buckets, RateLimitProperties properties, MeterRegistry meters) {
        this.buckets = buckets;
        this.properties = properties;
        this.meters = meters;
    }

    /** Empty when the client may go on; else how long it should wait. */
    Optional<Duration> acquire(String clientId) {
        ConsumptionProbe probe = buckets.tryConsume(clientId, limitOf(clientId));
        if (probe.isConsumed()) {
            return Optional.empty();
        }
        meters.counter("gateway.rate-limit.rejections", "client", clientId).increment();
        return Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    private BucketConfiguration limitOf(String clientId) {
        int tokens = properties.limitForPeriodOf(clientId);
        return BucketConfiguration.builder()
                .addLimit(Bandwidth.builder().capacity(tokens)
                        .refillIntervally(tokens, properties.limitRefreshPeriodOf(clientId)).build())
                .build();
    }
}
