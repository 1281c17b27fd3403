package vn.hanoi.gateway.access;

import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.lettuce.core.RedisClient;
import java.util.function.Supplier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

/**
 * Where the clients' buckets live: in Redis when {@code gateway.rate-limit.shared.enabled} (the production
 * profile; the Redis of {@code spring.data.redis.*}), else in this instance's memory (the sandbox).
 */
@Configuration(proxyBeanMethods = false)
class RateLimitConfiguration {

    @Bean
    ClientBuckets clientBuckets(RateLimitProperties properties, ObjectProvider<LettuceConnectionFactory> redis) {
        RateLimitProperties.Shared shared = properties.shared();
        if (!shared.enabled()) {
            return new LocalBuckets();
        }
        LettuceConnectionFactory factory = redis.getObject();
        return new SharedBuckets(connectedOnFirstUse(factory, shared), shared.keyPrefix(),
                CircuitBreaker.of("shared-rate-limits", CircuitBreakerConfig.custom()
                        .slidingWindowSize(20).minimumNumberOfCalls(5).failureRateThreshold(50)
                        .waitDurationInOpenState(shared.waitWhenDown()).permittedNumberOfCallsInHalfOpenState(1)
                        .build()),
                new LocalBuckets());
    }

    /**
     * Bucket4j's proxy on its own Lettuce connection (byte-array codec) from Spring's client, opened on the first
     * request, so that an instance starts while Redis is down; a failed open is tried again on a later request.
     */
    private static Supplier<ProxyManager<byte[]>> connectedOnFirstUse(LettuceConnectionFactory factory,
                                                                     RateLimitProperties.Shared shared) {
        return new Supplier<>() {
            private ProxyManager<byte[]> proxy;

            @Override
            public synchronized ProxyManager<byte[]> get() {
                if (proxy == null) {
                    proxy = Bucket4jLettuce.casBasedBuilder((RedisClient) factory.getNativeClient())
                            .requestTimeout(shared.timeout())
                            .expirationAfterWrite(ExpirationAfterWriteStrategy
                                    .basedOnTimeForRefillingBucketUpToMax(shared.timeout()))
                            .build();
                }
                return proxy;
            }
        };
    }
}
