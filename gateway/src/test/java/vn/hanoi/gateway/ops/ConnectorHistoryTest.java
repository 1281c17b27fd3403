package vn.hanoi.gateway.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.hanoi.gateway.health.ConnectorStatus;
import vn.hanoi.gateway.health.ConnectorStatuses;
import vn.hanoi.gateway.testing.TestClock;

class ConnectorHistoryTest {

    private final TestClock clock = new TestClock(Instant.parse("2026-11-28T03:00:00Z"));
    private final ConnectorHistory history = new ConnectorHistory(mock(ConnectorStatuses.class),
            new HistoryProperties(Duration.ofSeconds(10), 3), clock);

    @Test
    void keepsTheLastSamplesOfEachConnectorOldestFirst() {
        for (long latency = 10; latency <= 40; latency += 10) {
            history.sample(List.of(status("population", latency, latency / 100.0), status("land", 5L, null)));
            clock.set("2026-11-28T10:00:" + latency + "+07:00");
        }

        assertThat(history.of("population")).extracting(ConnectorHistory.Sample::p95LatencyMs).containsExactly(20L, 30L, 40L);
        assertThat(history.of("population")).extracting(ConnectorHistory.Sample::errorRate).containsExactly(0.2, 0.3, 0.4);
        assertThat(history.of("population").get(0).at()).hasToString("2026-11-28T10:00:10+07:00");
        assertThat(history.of("land")).hasSize(3).extracting(ConnectorHistory.Sample::errorRate).containsOnlyNulls();
        assertThat(history.of("business")).as("never sampled").isEmpty();
    }

    private static ConnectorStatus status(String system, Long p95, Double errorRate) {
        return new ConnectorStatus(system, true, "CLOSED", "PT5M", 10, 0, errorRate, p95, 0.5, 0, null, null, null);
    }
}
