package vn.hanoi.gateway.routes.connector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

class ConnectorMetricsTest {

    private static final LookupRequest REQUEST = new LookupRequest("001305885451", "corr-1", "officer-1", null);

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final ConnectorProperties properties = TestConnectors.properties();
    private final Connector connector = TestConnectors.connector(properties, registry);

    private final Upstream<String> refused = (request, deadline, timeout) -> {
        throw new UpstreamException(TestConnectors.SYSTEM, FailureKind.IO, "refused");
    };

    @Test
    void timesEachRequestByOperationAndOutcome() {
        connector.metrics().timed("lookup", () -> connector.resilient().call((r, d, t) -> "record", REQUEST, deadline()));
        assertThatThrownBy(() -> connector.metrics().timed("lookup", () -> connector.resilient().call(refused, REQUEST, deadline())))
                .isInstanceOf(UpstreamException.class);

        Timer succeeded = registry.get("gateway.connector.requests")
                .tags("connector", TestConnectors.SYSTEM, "operation", "lookup", "outcome", "success").timer();
        Timer failed = registry.get("gateway.connector.requests").tags("outcome", "io").timer();
        assertThat(succeeded.count()).isEqualTo(1);
        assertThat(failed.count()).isEqualTo(1);
    }

    @Test
    void countsRetries() {
        assertThatThrownBy(() -> connector.resilient().call(refused, REQUEST, deadline())).isInstanceOf(UpstreamException.class);

        assertThat(registry.get("gateway.connector.retries").tags("connector", TestConnectors.SYSTEM).counter().count())
                .isEqualTo(properties.getRetry().getMaxAttempts() - 1);
        assertThat(registry.get("gateway.connector.calls").tags("outcome", "io").counter().count())
                .isEqualTo(properties.getRetry().getMaxAttempts());
    }

    @Test
    void publishesTheCircuitStateAndCountsItsTransitions() {
        assertThat(registry.get("gateway.connector.circuit.state").tags("state", "closed").gauge().value()).isEqualTo(1);

        properties.getRetry().setMaxAttempts(1);
        for (int i = 0; i < properties.getCircuitBreaker().getMinimumNumberOfCalls(); i++) {
            // the breaker is around the call, as its callers put it (a lookup route's step, the portal)
            assertThatThrownBy(() -> connector.breaker().executeSupplier(
                    () -> connector.resilient().call(refused, REQUEST, deadline()))).isInstanceOf(UpstreamException.class);
        }

        assertThat(registry.get("gateway.connector.circuit.state").tags("state", "open").gauge().value()).isEqualTo(1);
        assertThat(registry.get("gateway.connector.circuit.state").tags("state", "closed").gauge().value()).isZero();
        assertThat(registry.get("gateway.connector.circuit.transitions")
                .tags("connector", TestConnectors.SYSTEM, "from", "closed", "to", "open").counter().count()).isEqualTo(1);
    }

    private Deadline deadline() {
        return Deadline.after(properties.getDeadline());
    }
}
