package vn.hanoi.gateway.access;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The clients' buckets in Redis (Bucket4j's compare-and-swap proxy on Lettuce), so that a client's limit holds
 * across every instance. When Redis fails, or while the breaker stays open after it failed, each instance
 * limits the client on its own ({@link LocalBuckets}): a client then gets at most its limit per instance, never
 * an unlimited rate and never a refusal because Redis is down (docs/deployment.md).
 */
final class SharedBuckets implements ClientBuckets {

    private static final Logger LOG = LoggerFactory.getLogger(SharedBuckets.class);

    private final Supplier<ProxyManager<byte[]>> redis;
    private final String keyPrefix;
    private final CircuitBreaker breaker;
    private final ClientBuckets whileRedisIsDown;

    SharedBuckets(Supplier<ProxyManager<byte[]>> redis, String keyPrefix, CircuitBreaker breaker,
                  ClientBuckets whileRedisIsDown) {
        this.redis = redis;
        this.keyPrefix = keyPrefix;
        this.breaker = breaker;
        this.whileRedisIsDown = whileRedisIsDown;
        breaker.getEventPublisher().onStateTransition(event -> LOG.warn("Shared rate limits (Redis) breaker {}: {}",
                event.getStateTransition(), event.getStateTransition().getToState() == CircuitBreaker.State.CLOSED
                        ? "limits are cluster-wide again" : "each instance limits its clients on its own"));
    }

    @Override
    public ConsumptionProbe tryConsume(String clientId, BucketConfiguration limit) {
        if (!breaker.tryAcquirePermission()) {
            return whileRedisIsDown.tryConsume(clientId, limit);
        }
        long start = System.nanoTime();
        try {
            byte[] key = (keyPrefix + clientId).getBytes(StandardCharsets.UTF_8);
            ConsumptionProbe probe = redis.get().getProxy(key, () -> limit).tryConsumeAndReturnRemaining(1);
            breaker.onSuccess(System.nanoTime() - start, TimeUnit.NANOSECONDS);
            return probe;
        } catch (RuntimeException failure) {
            breaker.onError(System.nanoTime() - start, TimeUnit.NANOSECONDS, failure);
            return whileRedisIsDown.tryConsume(clientId, limit);
        }
    }
}
