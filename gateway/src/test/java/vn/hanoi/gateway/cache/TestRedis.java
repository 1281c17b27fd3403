package vn.hanoi.gateway.cache;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.SocketOptions;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceClientConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.ScanOptions;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * A Redis client that fails fast while disconnected, as in production (with a command timeout lenient
 * enough for a busy test machine), on a key prefix of its own; {@link #close()} deletes its keys.
 */
final class TestRedis implements AutoCloseable {

    final String keyPrefix = "gateway-test:" + UUID.randomUUID() + ":";
    final StringRedisTemplate template;
    private final LettuceConnectionFactory factory;

    TestRedis(String host, int port) {
        LettuceClientConfiguration client = LettuceClientConfiguration.builder()
                .commandTimeout(Duration.ofSeconds(2))
                .clientOptions(ClientOptions.builder()
                        .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                        .socketOptions(SocketOptions.builder().connectTimeout(Duration.ofMillis(500)).build())
                        .build())
                .build();
        factory = new LettuceConnectionFactory(new RedisStandaloneConfiguration(host, port), client);
        factory.afterPropertiesSet();
        factory.start();
        template = new StringRedisTemplate(factory);
    }

    /** A link to this Redis with the breaker of {@link RedisLookupCacheTest#BREAKER}. */
    RedisLink link() {
        return new RedisLink(template, SharedCacheConfiguration.breaker(RedisLookupCacheTest.BREAKER),
                new SharedCacheMeters(new SimpleMeterRegistry()), Clock.systemUTC());
    }

    RedisLookupCache cache(RedisLink link) {
        return new RedisLookupCache(link, keyPrefix, new SharedCacheMeters(new SimpleMeterRegistry()));
    }

    /** A loopback port where nothing listens: a Redis that is not there. */
    static int nowhere() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes every key under {@code prefix}. */
    static void deleteAll(StringRedisTemplate redis, String prefix) {
        try (var keys = redis.scan(ScanOptions.scanOptions().match(prefix + "*").count(1000).build())) {
            keys.forEachRemaining(redis::delete);
        }
    }

    /** Deletes this client's keys and disconnects. */
    @Override
    public void close() {
        try {
            deleteAll(template, keyPrefix);
        } finally {
            disconnect();
        }
    }

    void disconnect() {
        factory.destroy();
    }
}
