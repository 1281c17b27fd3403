package vn.hanoi.gateway.cache;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * The gateway's line to Redis, behind a breaker. A failed command is counted and swallowed (no answer);
 * while the breaker is open Redis is not called at all, so a dead Redis costs next to nothing per
 * request; it is tried again after a wait that doubles while it keeps failing.
 */
final class RedisLink {

    private static final Logger LOG = LoggerFactory.getLogger(RedisLink.class);

    private final StringRedisTemplate redis;
    private final CircuitBreaker breaker;
    private final SharedCacheMeters meters;
    private final Clock clock;
    private final AtomicReference<Failure> lastFailure = new AtomicReference<>();

    RedisLink(StringRedisTemplate redis, CircuitBreaker breaker, SharedCacheMeters meters, Clock clock) {
        this.redis = redis;
        this.breaker = breaker;
        this.meters = meters;
        this.clock = clock;
        breaker.getEventPublisher().onStateTransition(event -> LOG.warn(
                "Shared lookup cache (Redis) breaker {}: {}", event.getStateTransition(),
                event.getStateTransition().getToState() == CircuitBreaker.State.CLOSED
                        ? "Redis answers again" : "serving from the near cache and the upstreams"));
    }

    /** When Redis last failed, and how (the exception's type only: its message may quote a value). */
    record Failure(Instant at, String error) {
    }

    /** The command's answer; empty when it had none, failed, or was not sent because the breaker is open. */
    <T> Optional<T> call(String operation, Function<StringRedisTemplate, T> command) {
        if (!breaker.tryAcquirePermission()) {
            meters.skipped(operation);
            return Optional.empty();
        }
        long start = System.nanoTime();
        try {
            T answer = command.apply(redis);
            breaker.onSuccess(System.nanoTime() - start, TimeUnit.NANOSECONDS);
            return Optional.ofNullable(answer);
        } catch (RuntimeException failure) {
            breaker.onError(System.nanoTime() - start, TimeUnit.NANOSECONDS, failure);
            lastFailure.set(new Failure(clock.instant(), failure.getClass().getSimpleName()));
            meters.failed(operation);
            return Optional.empty();
        }
    }

    /** Whether Redis answers a PING now (never asked while the breaker is open). */
    boolean ping() {
        return call(SharedCacheMeters.PING, template -> template.execute(connection -> connection.ping(), true)).isPresent();
    }

    CircuitBreaker.State breakerState() {
        return breaker.getState();
    }

    Optional<Failure> lastFailure() {
        return Optional.ofNullable(lastFailure.get());
    }
}
