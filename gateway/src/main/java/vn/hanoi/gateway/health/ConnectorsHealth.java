package vn.hanoi.gateway.health;

import java.util.Iterator;
import org.springframework.boot.actuate.health.CompositeHealthContributor;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthContributor;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.NamedContributor;
import org.springframework.stereotype.Component;

/**
 * {@code /actuator/health} → {@code connectors} → one component per configured national system: its
 * circuit state, and over the recent window its attempts, error rate, p95 latency and cache hit ratio,
 * with its last success and last failure, and while it is idle its last probe. An open circuit, or an idle
 * system the last probe did not reach, is DOWN for that component; the readiness
 * group does not include it, so one failing upstream never takes the gateway out of rotation.
 */
@Component("connectorsHealthContributor")
class ConnectorsHealth implements CompositeHealthContributor {

    private final ConnectorStatuses statuses;

    ConnectorsHealth(ConnectorStatuses statuses) {
        this.statuses = statuses;
    }

    @Override
    public HealthContributor getContributor(String name) {
        return statuses.of(name).isPresent() ? indicator(name) : null;
    }

    @Override
    public Iterator<NamedContributor<HealthContributor>> iterator() {
        // Names only: a probe of another group walks this too, and must not compute every connector's figures.
        return statuses.systems().stream()
                .map(system -> NamedContributor.of(system, indicator(system)))
                .iterator();
    }

    private HealthContributor indicator(String system) {
        return (HealthIndicator) () -> statuses.of(system).map(ConnectorsHealth::health)
                .orElseGet(() -> Health.unknown().build());
    }

    static Health health(ConnectorStatus status) {
        Health.Builder builder = status.up() ? Health.up() : Health.down();
        return builder.withDetails(status.details()).build();
    }
}
