package vn.hanoi.gateway.health;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.actuate.health.CompositeHealthContributor;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthContributor;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.NamedContributor;
import org.springframework.stereotype.Component;
import vn.hanoi.gateway.routes.connector.Connector;
import vn.hanoi.gateway.routes.connector.Connectors;

/**
 * {@code /actuator/health} → {@code connectors} → one component per national system: its circuit
 * state, failure rate, last success and last failure. An open circuit is DOWN for that component;
 * readiness does not include it, so one failing upstream never takes the gateway out of rotation.
 */
@Component("connectorsHealthContributor")
class ConnectorsHealth implements CompositeHealthContributor {

    private final Connectors connectors;

    ConnectorsHealth(Connectors connectors) {
        this.connectors = connectors;
    }

    @Override
    public HealthContributor getContributor(String name) {
        return connectors.all().stream().filter(c -> c.system().equals(name)).findFirst()
                .map(ConnectorsHealth::indicator).orElse(null);
    }

    @Override
    public Iterator<NamedContributor<HealthContributor>> iterator() {
        return connectors.all().stream()
                .map(c -> NamedContributor.of(c.system(), (HealthContributor) indicator(c)))
                .iterator();
    }

    private static HealthIndicator indicator(Connector connector) {
        return () -> health(connector);
    }

    static Health health(Connector connector) {
        CircuitBreaker.State state = connector.breaker().getState();
        Health.Builder builder = state == CircuitBreaker.State.OPEN || state == CircuitBreaker.State.FORCED_OPEN
                ? Health.down() : Health.up();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("circuitState", state.name());
        float failureRate = connector.breaker().getMetrics().getFailureRate();
        if (failureRate >= 0) {
            details.put("failureRate", failureRate);
        }
        connector.activity().lastSuccess().ifPresent(at -> details.put("lastSuccess", at.toString()));
        connector.activity().lastFailure().ifPresent(failure -> details.put("lastFailure",
                Map.of("at", failure.at().toString(), "kind", failure.kind().name())));
        return builder.withDetails(details).build();
    }
}
