package vn.hanoi.gateway.routes.documentaxis;

import io.github.resilience4j.core.IntervalFunction;
import java.time.Duration;
import java.util.Objects;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code gateway.connectors.document-axis.sending.*}: how many transfers one round sends, how often a transfer the
 * axis did not take (5xx, 429, no answer) is tried before it fails, and how far apart (exponential backoff with
 * jitter, Resilience4j's, as the portal outbox's; a 429's {@code Retry-After} when longer).
 */
@ConfigurationProperties("gateway.connectors.document-axis.sending")
record SendingSettings(int batchSize, int maxAttempts, Duration initialBackoff, double multiplier, Duration maxBackoff,
                       double jitter) {

    SendingSettings {
        String prefix = "gateway.connectors.document-axis.sending.";
        Objects.requireNonNull(initialBackoff, prefix + "initial-backoff");
        Objects.requireNonNull(maxBackoff, prefix + "max-backoff");
        if (batchSize < 1 || maxAttempts < 1 || multiplier < 1 || jitter < 0 || jitter >= 1) {
            throw new IllegalArgumentException(prefix + "batch-size and max-attempts must be positive, "
                    + "multiplier at least 1, jitter in [0, 1)");
        }
    }

    IntervalFunction backoff() {
        return IntervalFunction.ofExponentialRandomBackoff(initialBackoff, multiplier, jitter, maxBackoff);
    }
}
