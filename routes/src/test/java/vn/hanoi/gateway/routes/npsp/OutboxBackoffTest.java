package vn.hanoi.gateway.routes.npsp;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.resilience4j.core.IntervalFunction;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The outbox's wait between attempts, as {@code gateway.dossiers.outbox.*} configures it. */
class OutboxBackoffTest {

    private static IntervalFunction backoff(double jitter) {
        return new OutboxSettings(true, Duration.ofSeconds(1), 10, Duration.ofSeconds(30), 8, Duration.ofSeconds(1), 2,
                Duration.ofSeconds(10), jitter, Set.of()).backoff();
    }

    @Test
    void doublesAfterEveryFailedAttemptUpToTheMaximum() {
        IntervalFunction backoff = backoff(0);

        assertThat(IntStream.of(1, 2, 3, 4, 5, 30).mapToObj(backoff::apply))
                .containsExactly(1_000L, 2_000L, 4_000L, 8_000L, 10_000L, 10_000L);
    }

    @Test
    void spreadsEachWaitByTheJitterBothWays() {
        IntervalFunction backoff = backoff(0.2);

        List<Long> waits = IntStream.range(0, 500).mapToObj(i -> backoff.apply(3)).toList();

        assertThat(waits).allSatisfy(wait -> assertThat(wait).isBetween(3_200L, 4_800L));
        assertThat(waits.stream().distinct().count()).isGreaterThan(1);
    }
}
