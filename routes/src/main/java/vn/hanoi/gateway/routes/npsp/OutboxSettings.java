package vn.hanoi.gateway.routes.npsp;

import io.github.resilience4j.core.IntervalFunction;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import vn.hanoi.gateway.routes.connector.FailureKind;

/**
 * {@code gateway.dossiers.outbox.*}: how often the dispatcher polls, how many entries it claims at a time and
 * for how long, how often a delivery is tried and how far apart (exponential backoff with jitter), and which
 * failures park an entry at once.
 */
@ConfigurationProperties("gateway.dossiers.outbox")
record OutboxSettings(
        boolean enabled,
        Duration pollInterval,
        int batchSize,
        Duration lease,
        int maxAttempts,
        Duration initialBackoff,
        double multiplier,
        Duration maxBackoff,
        double jitter,
        Set<FailureKind> parkAt) {

    OutboxSettings {
        String prefix = "gateway.dossiers.outbox.";
        Objects.requireNonNull(pollInterval, prefix + "poll-interval");
        Objects.requireNonNull(lease, prefix + "lease");
        Objects.requireNonNull(initialBackoff, prefix + "initial-backoff");
        Objects.requireNonNull(maxBackoff, prefix + "max-backoff");
        parkAt = parkAt == null ? Set.of() : Set.copyOf(parkAt);
        if (batchSize < 1 || maxAttempts < 1 || multiplier < 1 || jitter < 0 || jitter >= 1) {
            throw new IllegalArgumentException(prefix + "batch-size and max-attempts must be positive, "
                    + "multiplier at least 1, jitter in [0, 1)");
        }
    }

    /**
     * The wait after the n-th failed attempt: {@code initial-backoff × multiplier^(n-1)}, at most {@code max-backoff},
     * spread by ± {@code jitter} so that entries that failed together do not return together (Resilience4j's).
     */
    IntervalFunction backoff() {
        return IntervalFunction.ofExponentialRandomBackoff(initialBackoff, multiplier, jitter, maxBackoff);
    }
}
