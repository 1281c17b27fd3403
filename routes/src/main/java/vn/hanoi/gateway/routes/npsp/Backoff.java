package vn.hanoi.gateway.routes.npsp;

import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * How long an entry waits after its n-th failed attempt: {@code initial × multiplier^(n-1)}, at most
 * {@code max}, then spread by ± {@code jitter} so that entries that failed together do not return together.
 */
final class Backoff {

    private final Duration initial;
    private final double multiplier;
    private final Duration max;
    private final double jitter;
    private final DoubleSupplier random;

    Backoff(OutboxSettings settings, DoubleSupplier random) {
        this.initial = settings.initialBackoff();
        this.multiplier = settings.multiplier();
        this.max = settings.maxBackoff();
        this.jitter = settings.jitter();
        this.random = random;
    }

    Duration after(int failedAttempts) {
        double base = initial.toMillis() * Math.pow(multiplier, Math.max(0, failedAttempts - 1));
        double capped = Math.min(base, max.toMillis());
        double spread = 1 + jitter * (2 * random.getAsDouble() - 1);
        return Duration.ofMillis(Math.max(0, Math.round(capped * spread)));
    }
}
