package vn.hanoi.gateway.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import vn.hanoi.gateway.health.ConnectorProbes;
import vn.hanoi.gateway.health.ConnectorStatus;
import vn.hanoi.gateway.health.ConnectorStatuses;
import vn.hanoi.gateway.routes.connector.Connectors;
import vn.hanoi.gateway.routes.registers.Registers;
import vn.hanoi.gateway.testing.TestConnectors;

class OpsSummariesTest {

    private static final OpsProperties PROPERTIES = new OpsProperties(Duration.ofSeconds(5), 0.05, 0.8);

    private final StaticListableBeanFactory beans = new StaticListableBeanFactory();
    private final OpsSignals signals = new OpsSignals(beans.getBeanProvider(OutboxSignal.class),
            beans.getBeanProvider(IntakeSignal.class), beans.getBeanProvider(AuditSignal.class),
            beans.getBeanProvider(OnceOnlySignal.class));

    @Test
    void aSystemIsDownWhileItsCircuitIsOpenAndDegradedHalfOpenOrWhenItsCallsFail() {
        assertThat(OpsSummaries.state(status("CLOSED", true, null), 0.05)).isEqualTo("UP");
        assertThat(OpsSummaries.state(status("CLOSED", true, 0.01), 0.05)).isEqualTo("UP");
        assertThat(OpsSummaries.state(status("CLOSED", true, 0.05), 0.05)).isEqualTo("DEGRADED");
        assertThat(OpsSummaries.state(status("HALF_OPEN", true, 0.0), 0.05)).isEqualTo("DEGRADED");
        assertThat(OpsSummaries.state(status("OPEN", false, 1.0), 0.05)).isEqualTo("DOWN");
        assertThat(OpsSummaries.state(status("FORCED_OPEN", false, null), 0.05)).isEqualTo("DOWN");
    }

    @Test
    void showsWhatEachFeatureReportsAndSaysNotAvailableForTheOthers() {
        OutboxSignal.Parked parked = new OutboxSignal.Parked("outbox-7", "000.00.31.H26-251128-0001",
                "progress", 8, "SOAP_FAULT", Instant.parse("2026-11-28T01:00:00Z"));
        beans.addBean("outbox", new FixedOutbox(new OutboxSignal.Snapshot(12, Duration.ofMinutes(3), 1, List.of(parked))));
        beans.addBean("onceOnly", (OnceOnlySignal) () -> new OnceOnlySignal.Kpi(200, 170));
        beans.addBean("intake", (IntakeSignal) () -> {
            throw new IllegalStateException("intake store down");
        });

        OpsSummary summary = summaries().summary();

        assertThat(summary.outbox()).isEqualTo(new OpsSummary.Outbox(true, 12L, 180L, 1L, List.of(parked)));
        assertThat(summary.onceOnly()).isEqualTo(new OpsSummary.OnceOnly(true, 0.85, 0.8, 200L));
        assertThat(summary.intake().available()).isFalse();
        assertThat(summary.audit().available()).isFalse();
        assertThat(summary.connectors()).extracting(c -> c.status().system()).containsExactly("land", "population");
        assertThat(summary.connectors()).extracting(OpsSummary.Connector::state).containsOnly("UP");
    }

    @Test
    void metricsReadTheSignalsAndNotANumberWhileAFeatureDoesNotReport() {
        beans.addBean("outbox", new FixedOutbox(new OutboxSignal.Snapshot(4, Duration.ofSeconds(90), 1, List.of())));
        SimpleMeterRegistry registry = new SimpleMeterRegistry();

        new OpsMetrics(signals).bindTo(registry);

        assertThat(registry.get("gateway.outbox.depth").gauge().value()).isEqualTo(4);
        assertThat(registry.get("gateway.outbox.oldest.age").gauge().value()).isEqualTo(90);
        assertThat(registry.get("gateway.intake.lag").gauge().value()).isNaN();
        assertThat(registry.find("gateway.audit.write.failures").meter())
                .as("the audit trail registers its own counter").isNull();
        assertThat(registry.find("gateway.once.only.rate").meter()).as("the KPI registers gateway.once_only.*").isNull();
    }

    private OpsSummaries summaries() {
        Connectors connectors = TestConnectors.of(Map.of("population.base-url", "http://127.0.0.1:9",
                "land.base-url", "http://127.0.0.1:9", "npsp.unit-code", "no base-url: not configured"));
        ConnectorStatuses statuses = new ConnectorStatuses(connectors, mock(ConnectorProbes.class));
        return new OpsSummaries(statuses, Registers.scan(), signals, PROPERTIES,
                new ConnectorHistory(statuses, new HistoryProperties(Duration.ofSeconds(10), 3), Clock.systemUTC()),
                Clock.systemUTC());
    }

    private static ConnectorStatus status(String circuit, boolean allowsCalls, Double errorRate) {
        return new ConnectorStatus("population", allowsCalls, circuit, "PT5M", 10, 0, errorRate, 80L, 0.5, 0, null, null, null);
    }

    private record FixedOutbox(OutboxSignal.Snapshot snapshot) implements OutboxSignal {
        @Override
        public boolean replay(String entryId) {
            return false;
        }
    }
}
