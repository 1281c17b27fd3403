package vn.hanoi.gateway.cache;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;

/**
 * {@code gateway.cache.shared}: Redis commands that failed or were not sent (breaker open), by
 * operation, and values that could not be read or written. Hits and misses are the connectors'
 * ({@code gateway.connector.cache}).
 */
final class SharedCacheMeters {

    static final String GET = "get";
    static final String PUT = "put";
    static final String PING = "ping";

    private final Counter unreadable;
    private final Map<String, Counter> failed;
    private final Map<String, Counter> skipped;

    SharedCacheMeters(MeterRegistry registry) {
        unreadable = counter(registry, "value", "unreadable");
        failed = Map.of(GET, counter(registry, GET, "failed"), PUT, counter(registry, PUT, "failed"),
                PING, counter(registry, PING, "failed"));
        skipped = Map.of(GET, counter(registry, GET, "skipped"), PUT, counter(registry, PUT, "skipped"),
                PING, counter(registry, PING, "skipped"));
    }

    void unreadable() {
        unreadable.increment();
    }

    void failed(String operation) {
        failed.get(operation).increment();
    }

    /** A command not sent because the breaker is open. */
    void skipped(String operation) {
        skipped.get(operation).increment();
    }

    private static Counter counter(MeterRegistry registry, String operation, String outcome) {
        return Counter.builder("gateway.cache.shared")
                .description("Shared lookup cache (Redis) commands that failed or were not sent, and unreadable values")
                .tag("operation", operation)
                .tag("outcome", outcome)
                .register(registry);
    }
}
