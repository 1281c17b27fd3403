package vn.hanoi.gateway.audit;

import org.springframework.stereotype.Component;
import vn.hanoi.gateway.routes.connector.Connector;
import vn.hanoi.gateway.routes.connector.Connectors;

/**
 * The transport an access to a dataset went through, for its audit record: its register's configured
 * {@code transport} ({@code direct} or {@code platform}), or null for a dataset no register serves (the warehouse,
 * dossiers): no upstream was reached.
 */
@Component
class AccessTransports {

    private final Connectors connectors;

    AccessTransports(Connectors connectors) {
        this.connectors = connectors;
    }

    String of(String dataset) {
        return connectors.configured().stream().filter(connector -> connector.system().equals(dataset)).findFirst()
                .map(Connector::properties).map(properties -> properties.getTransport().label()).orElse(null);
    }
}
