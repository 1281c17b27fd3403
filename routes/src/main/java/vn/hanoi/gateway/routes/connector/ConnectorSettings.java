package vn.hanoi.gateway.routes.connector;

import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

/**
 * Reads a connector's effective settings: the defaults every connector inherits
 * ({@code gateway.connector-defaults}), then its own block ({@code gateway.connectors.<name>}) bound
 * over them, so a connector states only what differs.
 */
public final class ConnectorSettings {

    public static final String DEFAULTS_PREFIX = "gateway.connector-defaults";
    public static final String CONNECTORS_PREFIX = "gateway.connectors";

    private final Binder binder;

    public ConnectorSettings(Environment environment) {
        this.binder = Binder.get(environment);
    }

    public ConnectorProperties forConnector(String name) {
        ConnectorProperties properties = new ConnectorProperties();
        binder.bind(DEFAULTS_PREFIX, Bindable.ofInstance(properties));
        binder.bind(CONNECTORS_PREFIX + "." + name, Bindable.ofInstance(properties));
        if (properties.getBaseUrl() == null || properties.getBaseUrl().isBlank()) {
            throw new IllegalStateException(CONNECTORS_PREFIX + "." + name + ".base-url is not set "
                    + "(or turn the sandbox on: gateway.sandbox.enabled=true)");
        }
        return properties;
    }
}
