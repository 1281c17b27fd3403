package vn.hanoi.gateway.routes.connector;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * What one connector did lately, for health and the ops page: its last success and last failure, and
 * over a trailing window ({@code activity-window}) its attempts, failures, p95 attempt latency and how
 * lookups were answered (cache hit, miss, stale). Fed by {@link ResilientUpstream} and {@link LookupSteps}.
 */
public final class ConnectorActivity {

    /** The latest samples kept per connector, whatever the window: bounds memory under any traffic. */
    static final int MAX_SAMPLES = 10_000;

    private static final int SUCCESS = 0;
    private static final int FAILURE = 1;

    private final String system;
    private final Clock clock;
    private final Duration window;
    private final AtomicReference<Instant> lastSuccess = new AtomicReference<>();
    private final AtomicReference<Failure> lastFailure = new AtomicReference<>();
    private final RecentSamples attempts = new RecentSamples(MAX_SAMPLES);
    private final RecentSamples answers = new RecentSamples(MAX_SAMPLES);

    public ConnectorActivity(String system, Clock clock, Duration window) {
        this.system = system;
        this.clock = clock;
        this.window = window;
    }

    public record Failure(Instant at, FailureKind kind) {
    }

    /**
     * The connector over the trailing window: upstream attempts (a not-found answer is a success), how
     * many failed, the p95 of their latency (null without attempts), and lookups answered by cache state.
     */
    public record Recent(Duration window, int attempts, int failures, Duration p95Latency,
                         int cacheHits, int cacheMisses, int staleAnswers) {

        /** Failed attempts over all attempts, from 0 to 1; empty without attempts. */
        public Optional<Double> errorRate() {
            return attempts == 0 ? Optional.empty() : Optional.of((double) failures / attempts);
        }

        /** Lookups answered from a fresh cached copy over all lookups answered; empty without lookups. */
        public Optional<Double> cacheHitRatio() {
            int answered = cacheHits + cacheMisses + staleAnswers;
            return answered == 0 ? Optional.empty() : Optional.of((double) cacheHits / answered);
        }
    }

    public String system() {
        return system;
    }

    void recordSuccess(Duration took) {
        Instant now = clock.instant();
        lastSuccess.set(now);
        attempts.add(now, took, SUCCESS);
    }

    void recordFailure(FailureKind kind, Duration took) {
        Instant now = clock.instant();
        lastFailure.set(new Failure(now, kind));
        attempts.add(now, took, FAILURE);
    }

    void recordAnswer(CacheState state) {
        answers.add(clock.instant(), Duration.ZERO, state.ordinal());
    }

    public Optional<Instant> lastSuccess() {
        return Optional.ofNullable(lastSuccess.get());
    }

    public Optional<Failure> lastFailure() {
        return Optional.ofNullable(lastFailure.get());
    }

    public Recent recent() {
        Instant from = clock.instant().minus(window);
        RecentSamples.Window calls = attempts.since(from);
        RecentSamples.Window answered = answers.since(from);
        return new Recent(window, calls.total(), calls.count(FAILURE), calls.percentile(0.95),
                answered.count(CacheState.HIT.ordinal()), answered.count(CacheState.MISS.ordinal()),
                answered.count(CacheState.STALE.ordinal()));
    }
}
