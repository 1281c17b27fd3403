package vn.hanoi.gateway.routes.connector;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * A connector's meters, all under the gateway's one prefix {@code gateway.connector}, each tagged with
 * its {@code connector}. The names and what to do about them are in {@code docs/operations.md}. The
 * counters of every lookup are registered once: building and looking a meter up on each call showed in a
 * profile.
 */
public final class ConnectorMetrics {

    private static final List<CircuitBreaker.State> SHOWN_STATES = List.of(CircuitBreaker.State.CLOSED,
            CircuitBreaker.State.HALF_OPEN, CircuitBreaker.State.OPEN, CircuitBreaker.State.FORCED_OPEN);

    private final String system;
    private final MeterRegistry registry;
    private final Counter retries;
    private final Map<CacheState, Counter> answered = new EnumMap<>(CacheState.class);
    private final Counter coalesced;
    private final Counter tokenFetches;
    private final Map<String, Counter> callsByOutcome = new ConcurrentHashMap<>();
    private final Map<String, Timer> requestsByOperationAndOutcome = new ConcurrentHashMap<>();

    public ConnectorMetrics(String system, MeterRegistry registry) {
        this.system = system;
        this.registry = registry;
        for (CacheState state : CacheState.values()) {
            answered.put(state, Counter.builder("gateway.connector.cache")
                    .description("Lookups answered, by cache state")
                    .tag("connector", system)
                    .tag("result", name(state))
                    .register(registry));
        }
        coalesced = Counter.builder("gateway.connector.coalesced")
                .description("Lookups that waited for a fetch of the same record already under way")
                .tag("connector", system)
                .register(registry);
        tokenFetches = Counter.builder("gateway.connector.token.fetches")
                .description("Access tokens or sessions fetched from the upstream")
                .tag("connector", system)
                .register(registry);
        this.retries = Counter.builder("gateway.connector.retries")
                .description("Upstream attempts repeated after a retryable failure")
                .tag("connector", system)
                .register(registry);
    }

    void cache(CacheState state) {
        answered.get(state).increment();
    }

    void coalesced() {
        coalesced.increment();
    }

    public void tokenFetched() {
        tokenFetches.increment();
    }

    /** Meters with a tag per outcome or operation are built once each, not on every call (a hot path). */
    void outcome(String outcome) {
        callsByOutcome.computeIfAbsent(outcome, value -> Counter.builder("gateway.connector.calls")
                .description("Upstream attempts, by outcome")
                .tag("connector", system)
                .tag("outcome", value)
                .register(registry))
                .increment();
    }

    void retried() {
        retries.increment();
    }

    /**
     * Runs one upstream request (all its attempts and back-offs) and records how long it took in
     * {@code gateway.connector.requests} by operation and outcome ({@code success} or the failure kind).
     */
    public <T> T timed(String operation, Supplier<T> request) {
        long start = System.nanoTime();
        String outcome = "success";
        try {
            return request.get();
        } catch (UpstreamException failure) {
            outcome = name(failure.kind());
            throw failure;
        } catch (RuntimeException unexpected) {
            outcome = "error";
            throw unexpected;
        } finally {
            requestTimer(operation, outcome).record(Duration.ofNanos(System.nanoTime() - start));
        }
    }

    private Timer requestTimer(String operation, String outcome) {
        return requestsByOperationAndOutcome.computeIfAbsent(operation + '\u0000' + outcome, key -> Timer
                .builder("gateway.connector.requests")
                .description("Upstream requests (every attempt and back-off included), by operation and outcome")
                .tag("connector", system)
                .tag("operation", operation)
                .tag("outcome", outcome)
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofSeconds(30))
                .register(registry));
    }

    /** Publishes the breaker's state (1 for the current one) and counts its transitions. */
    void watch(CircuitBreaker breaker) {
        for (CircuitBreaker.State state : SHOWN_STATES) {
            Gauge.builder("gateway.connector.circuit.state", breaker, b -> b.getState() == state ? 1 : 0)
                    .description("1 for the circuit breaker's current state, 0 for the others")
                    .tag("connector", system)
                    .tag("state", name(state))
                    .register(registry);
        }
        breaker.getEventPublisher().onStateTransition(event -> Counter.builder("gateway.connector.circuit.transitions")
                .description("Circuit breaker state transitions")
                .tag("connector", system)
                .tag("from", name(event.getStateTransition().getFromState()))
                .tag("to", name(event.getStateTransition().getToState()))
                .register(registry)
                .increment());
    }

    /** Publishes how many upstream attempts run now, and how many worker threads are alive for them. */
    void watch(DeadlineGuard guard) {
        Gauge.builder("gateway.connector.upstream.calls.active", guard, DeadlineGuard::activeCalls)
                .description("Upstream attempts in flight (at most max-concurrent-calls)")
                .tag("connector", system)
                .register(registry);
        Gauge.builder("gateway.connector.upstream.threads", guard, DeadlineGuard::workerThreads)
                .description("Worker threads alive for upstream attempts, busy or idle")
                .tag("connector", system)
                .register(registry);
    }

    private static String name(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
