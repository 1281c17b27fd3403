package vn.hanoi.gateway.routes.connector;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The platform's meters, apart from every register's {@code gateway.connector.*}, so that ops tell "the platform
 * is failing" from "a register is failing" ({@code docs/operations.md}): {@code gateway.platform.calls} by
 * {@code outcome} ({@code relayed}: the provider's answer came back, whatever it said; {@code platform-error}: the
 * platform answered for itself; {@code unreachable}: no answer from the platform) and {@code provider},
 * {@code gateway.platform.errors} by {@code errorCode}, {@code gateway.platform.latency} by {@code provider}.
 */
final class PlatformMetrics {

    static final String RELAYED = "relayed";
    static final String PLATFORM_ERROR = "platform-error";
    static final String UNREACHABLE = "unreachable";

    private final MeterRegistry registry;
    private final Map<String, Counter> counters = new ConcurrentHashMap<>();
    private final Map<String, Timer> latencies = new ConcurrentHashMap<>();
    private final Counter tokenFetches;

    PlatformMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.tokenFetches = Counter.builder("gateway.platform.token.fetches")
                .description("Platform tokens fetched").register(registry);
    }

    void call(String provider, String outcome, Duration took) {
        counters.computeIfAbsent("calls|" + provider + "|" + outcome, key -> Counter.builder("gateway.platform.calls")
                .description("Calls through the national data-sharing platform, by outcome")
                .tag("provider", provider).tag("outcome", outcome).register(registry)).increment();
        latencies.computeIfAbsent(provider, key -> Timer.builder("gateway.platform.latency")
                .description("Time of one call through the platform, relay and provider included")
                .tag("provider", provider).publishPercentiles(0.5, 0.95).register(registry)).record(took);
    }

    void error(String errorCode) {
        counters.computeIfAbsent("errors|" + errorCode, key -> Counter.builder("gateway.platform.errors")
                .description("The platform's own errors (X-Platform-Error), by errorCode")
                .tag("errorCode", errorCode).register(registry)).increment();
    }

    void tokenFetched() {
        tokenFetches.increment();
    }
}
