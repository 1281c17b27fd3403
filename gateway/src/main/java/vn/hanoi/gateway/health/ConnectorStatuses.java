package vn.hanoi.gateway.health;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.hanoi.gateway.routes.connector.Connector;
import vn.hanoi.gateway.routes.connector.Connectors;

/**
 * The status of every configured national system, read afresh on each call. Builds every configured
 * connector at startup, so that health and metrics show each one before its first call.
 */
@Component
public class ConnectorStatuses {

    private final Connectors connectors;
    private final ConnectorProbes probes;

    public ConnectorStatuses(Connectors connectors, ConnectorProbes probes) {
        this.connectors = connectors;
        this.probes = probes;
        connectors.configured();
    }

    public List<ConnectorStatus> all() {
        return connectors.configured().stream().map(this::statusOf).toList();
    }

    /** The configured systems' names, without reading their figures. */
    public List<String> systems() {
        return connectors.configured().stream().map(Connector::system).toList();
    }

    public Optional<ConnectorStatus> of(String system) {
        return connectors.configured().stream().filter(c -> c.system().equals(system)).findFirst()
                .map(this::statusOf);
    }

    private ConnectorStatus statusOf(Connector connector) {
        return ConnectorStatus.of(connector, probes.whileIdle(connector));
    }
}
