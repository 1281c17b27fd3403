package vn.hanoi.gateway.routes.npsp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BackoffTest {

    private static OutboxSettings settings(double jitter) {
        return new OutboxSettings(true, Duration.ofSeconds(1), 10, Duration.ofSeconds(30), 8, Duration.ofSeconds(1), 2,
                Duration.ofSeconds(10), jitter, Set.of());
    }

    @Test
    void doublesAfterEveryFailedAttemptUpToTheMaximum() {
        Backoff backoff = new Backoff(settings(0.2), () -> 0.5);

        assertThat(backoff.after(1)).isEqualTo(Duration.ofSeconds(1));
        assertThat(backoff.after(2)).isEqualTo(Duration.ofSeconds(2));
        assertThat(backoff.after(3)).isEqualTo(Duration.ofSeconds(4));
        assertThat(backoff.after(4)).isEqualTo(Duration.ofSeconds(8));
        assertThat(backoff.after(5)).isEqualTo(Duration.ofSeconds(10));
        assertThat(backoff.after(30)).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void spreadsEachWaitByTheJitterBothWays() {
        assertThat(new Backoff(settings(0.2), () -> 0.0).after(3)).isEqualTo(Duration.ofMillis(3200));
        assertThat(new Backoff(settings(0.2), () -> 0.999_999).after(3)).isCloseTo(Duration.ofMillis(4800), Duration.ofMillis(1));
        assertThat(new Backoff(settings(0), () -> 0.0).after(3)).isEqualTo(Duration.ofSeconds(4));
    }
}
