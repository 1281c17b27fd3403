package vn.hanoi.gateway.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RecentReadingTest {

    private final AtomicLong now = new AtomicLong();
    private final AtomicInteger reads = new AtomicInteger();
    private final RecentReading<Integer> reading =
            new RecentReading<>(reads::incrementAndGet, Duration.ofSeconds(1), now::get);

    @Test
    void readsOnceForEveryMeterOfOneScrape() {
        assertThat(reading.get()).isEqualTo(1);
        now.addAndGet(Duration.ofMillis(900).toNanos());
        assertThat(reading.get()).isEqualTo(1);
        assertThat(reading.get()).isEqualTo(1);
        assertThat(reads).hasValue(1);
    }

    @Test
    void readsAgainOnceTheMomentHasPassed() {
        reading.get();
        now.addAndGet(Duration.ofSeconds(1).toNanos());

        assertThat(reading.get()).isEqualTo(2);
    }
}
