package vn.hanoi.gateway.access;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import vn.hanoi.gateway.testing.services.LocalServices;
import vn.hanoi.gateway.testing.services.Requires;
import vn.hanoi.gateway.testing.services.Service;

/**
 * Rate limits as the production profile counts them: two instances, each with its own Redis connection
 * ({@link RateLimitConfiguration}, {@code shared.enabled}), hold one client to one limit between them; with Redis
 * down each instance holds the client to the limit on its own.
 */
@Requires(Service.REDIS)
class SharedRateLimitsIT {

    private static final int LIMIT = 5;
    private final List<LettuceConnectionFactory> connections = new ArrayList<>();

    @AfterEach
    void close() {
        connections.forEach(LettuceConnectionFactory::destroy);
    }

    @Test
    void twoInstancesSharingRedisHoldAClientToOneLimitBetweenThem() {
        String prefix = "gateway:test:rate-limit:" + UUID.randomUUID() + ":";
        RateLimits first = instance(LocalServices.REDIS_PORT, prefix);
        RateLimits second = instance(LocalServices.REDIS_PORT, prefix);

        for (int i = 0; i < LIMIT; i++) {
            assertThat((i % 2 == 0 ? first : second).acquire("client-a")).as("request %d", i + 1).isEmpty();
        }

        assertThat(first.acquire("client-a")).hasValueSatisfying(wait -> assertThat(wait).isPositive()
                .isLessThanOrEqualTo(Duration.ofHours(1)));
        assertThat(second.acquire("client-a")).isPresent();
        assertThat(second.acquire("client-b")).as("another client has its own bucket").isEmpty();
    }

    @Test
    void withRedisDownEachInstanceHoldsTheClientToTheLimitOnItsOwn() throws Exception {
        int nobody;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            nobody = socket.getLocalPort();
        }
        RateLimits first = instance(nobody, "gateway:test:rate-limit:");
        RateLimits second = instance(nobody, "gateway:test:rate-limit:");

        for (int i = 0; i < LIMIT; i++) {
            assertThat(first.acquire("client-a")).as("not refused because Redis is down").isEmpty();
            assertThat(second.acquire("client-a")).isEmpty();
        }

        assertThat(first.acquire("client-a")).as("still limited, per instance").isPresent();
        assertThat(second.acquire("client-a")).isPresent();
    }

    private RateLimits instance(int redisPort, String keyPrefix) {
        LettuceConnectionFactory redis = new LettuceConnectionFactory(
                new RedisStandaloneConfiguration(LocalServices.REDIS_HOST, redisPort));
        redis.afterPropertiesSet();
        redis.start();
        connections.add(redis);
        RateLimitProperties properties = new RateLimitProperties(LIMIT, Duration.ofHours(1), Map.of(),
                new RateLimitProperties.Shared(true, keyPrefix, Duration.ofMillis(500), Duration.ofSeconds(5)));
        ClientBuckets buckets = new RateLimitConfiguration().clientBuckets(properties,
                new StaticListableBeanFactory(Map.of("redis", redis)).getBeanProvider(LettuceConnectionFactory.class));
        return new RateLimits(buckets, properties, new SimpleMeterRegistry());
    }
}
