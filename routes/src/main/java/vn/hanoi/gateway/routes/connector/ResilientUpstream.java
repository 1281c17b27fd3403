package vn.hanoi.gateway.routes.connector;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Calls an {@link Upstream} under its connector's policy: each attempt gets at most the attempt timeout (less
 * when the deadline is nearer), and retryable failures are tried again with exponential back-off and jitter
 * while attempts and time remain. A 429's {@code Retry-After} is honoured: no retry before it. No attempt
 * outlives the deadline ({@link DeadlineGuard}), whatever the upstream's client does with its own timeouts.
 * The circuit breaker is around the whole call, not here: a lookup route's {@code circuitBreaker()} step, or the
 * portal's call; {@link #refusedWhileOpen} is its refusal as a classified failure. Each attempt's outcome is
 * recorded in one place ({@link #recordAttempt}); a lookup route records the attempt that answered only once it
 * has mapped and checked the answer ({@link #answer}): an answer the gateway cannot use is a failed attempt.
 */
public final class ResilientUpstream {

    private final String system;
    private final ConnectorProperties policy;
    private final ConnectorActivity activity;
    private final ConnectorMetrics metrics;
    private final DeadlineGuard guard;
    /** When the breaker last opened ({@link System#nanoTime}), for the rest of its open time; 0 before it ever did. */
    private volatile long openedAtNanos;

    public ResilientUpstream(String system, ConnectorProperties policy, CircuitBreaker breaker,
                             ConnectorActivity activity, ConnectorMetrics metrics) {
        this.system = system;
        this.policy = policy;
        this.activity = activity;
        this.metrics = metrics;
        this.guard = new DeadlineGuard(system, policy.getMaxConcurrentCalls());
        metrics.watch(guard);
        breaker.getEventPublisher().onStateTransition(event -> {
            if (event.getStateTransition().getToState() == CircuitBreaker.State.OPEN) {
                openedAtNanos = System.nanoTime();
            }
        });
    }

    /** The breaker refuses calls: {@link FailureKind#CIRCUIT_OPEN}, to be asked again when its open time is over. */
    public UpstreamException refusedWhileOpen() {
        metrics.outcome("circuit_open");
        return new UpstreamException(system, FailureKind.CIRCUIT_OPEN, "circuit open", restOfOpenTime(), null);
    }

    /** What is left of the open time, in whole seconds rounded up; all of it when the opening was not seen. */
    private Duration restOfOpenTime() {
        Duration openTime = policy.getCircuitBreaker().getWaitDurationInOpenState();
        long opened = openedAtNanos;
        Duration left = opened == 0 ? openTime : openTime.minusNanos(System.nanoTime() - opened);
        if (left.isNegative() || left.isZero() || left.compareTo(openTime) > 0) {
            left = openTime;
        }
        return Duration.ofSeconds((left.toMillis() + 999) / 1000);
    }

    /** The register's answer and how long the attempt that gave it took, its outcome not recorded yet. */
    record Answer<N>(N record, Duration took) {
    }

    /** Every attempt the policy allows, within the deadline; the answer is used as it comes. */
    public <N> N call(Upstream<N> upstream, LookupRequest request, Deadline deadline) {
        Answer<N> answer = answer(upstream, request, deadline);
        recordAttempt(Optional.empty(), answer.took());
        return answer.record();
    }

    /**
     * Every attempt the policy allows, within the deadline; failed attempts are recorded, the answering one is left
     * to the caller ({@link #recordAttempt}) once it knows whether the answer is usable (a lookup route maps and
     * checks it in later steps).
     */
    <N> Answer<N> answer(Upstream<N> upstream, LookupRequest request, Deadline deadline) {
        int maxAttempts = Math.max(1, policy.getRetry().getMaxAttempts());
        Duration backoff = policy.getRetry().getInitialBackoff();
        for (int attempt = 1; ; attempt++) {
            try {
                return attemptOnce(upstream, request, deadline);
            } catch (UpstreamException failure) {
                if (attempt >= maxAttempts || !policy.getFailures().getRetry().contains(failure.kind())) {
                    throw failure;
                }
                Duration wait = failure.retryAfter().orElse(jittered(backoff));
                if (deadline.remaining().compareTo(wait) <= 0) {
                    throw failure;
                }
                metrics.retried();
                sleep(wait);
                backoff = Duration.ofNanos((long) (backoff.toNanos() * policy.getRetry().getMultiplier()));
            }
        }
    }

    private <N> Answer<N> attemptOnce(Upstream<N> upstream, LookupRequest request, Deadline deadline) {
        if (deadline.isExpired()) {
            throw new UpstreamException(system, FailureKind.TIMEOUT, "deadline reached before the call");
        }
        long start = System.nanoTime();
        try {
            Duration attemptTimeout = deadline.cap(policy.getAttemptTimeout());
            N result = guard.within(deadline, () -> upstream.fetch(request, deadline, attemptTimeout));
            return new Answer<>(result, since(start));
        } catch (UpstreamException failure) {
            recordAttempt(Optional.of(failure.kind()), since(start));
            throw failure;
        } catch (RuntimeException unexpected) {
            recordAttempt(Optional.of(FailureKind.MALFORMED_RESPONSE), since(start));
            throw new UpstreamException(system, FailureKind.MALFORMED_RESPONSE,
                    unexpected.getClass().getSimpleName(), null, unexpected);
        }
    }

    /**
     * The one place an attempt's outcome is recorded: in the connector's activity (a not-found answer is a success:
     * the register answered) and in {@code gateway.connector.calls} by outcome ({@code success} or the failure kind).
     */
    void recordAttempt(Optional<FailureKind> failure, Duration took) {
        if (failure.isEmpty() || failure.get() == FailureKind.NOT_FOUND) {
            activity.recordSuccess(took);
        } else {
            activity.recordFailure(failure.get(), took);
        }
        metrics.outcome(failure.map(kind -> kind.name().toLowerCase(Locale.ROOT)).orElse("success"));
    }

    private static Duration since(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }

    private Duration jittered(Duration backoff) {
        double jitter = policy.getRetry().getJitter();
        double factor = 1 + (jitter == 0 ? 0 : ThreadLocalRandom.current().nextDouble(-jitter, jitter));
        return Duration.ofNanos((long) (backoff.toNanos() * factor));
    }

    private void sleep(Duration wait) {
        try {
            Thread.sleep(wait.toMillis(), (int) (wait.toNanosPart() % 1_000_000));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new UpstreamException(system, FailureKind.TIMEOUT, "interrupted while backing off");
        }
    }
}
