package vn.hanoi.gateway.routes.connector;

import java.util.List;
import java.util.Map;
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
    /** Bound once: the configuration does not change while the gateway runs, and health probes ask often. */
    private volatile List<String> systems;

    public ConnectorSettings(Environment environment) {
        this.binder = Binder.get(environment);
    }

    /** The names of the systems configured with a {@code base-url} or reached through the platform, sorted. */
    public List<String> systems() {
        List<String> known = systems;
        if (known == null) {
            known = bindSystems();
            systems = known;
        }
        return known;
    }

    private List<String> bindSystems() {
        return binder.bind(CONNECTORS_PREFIX, Bindable.mapOf(String.class, ConnectorProperties.class))
                .orElse(Map.of()).entrySet().stream()
                .filter(entry -> isReachable(entry.getValue()))
                .map(Map.Entry::getKey)
                .sorted()
                .toList();
    }

    public ConnectorProperties forConnector(String name) {
        ConnectorProperties properties = new ConnectorProperties();
        binder.bind(DEFAULTS_PREFIX, Bindable.ofInstance(properties));
        binder.bind(CONNECTORS_PREFIX + "." + name, Bindable.ofInstance(properties));
        if (!isReachable(properties)) {
            throw new IllegalStateException(CONNECTORS_PREFIX + "." + name + ".base-url is not set "
                    + "(or turn the sandbox on: gateway.sandbox.enabled=true)");
        }
        return properties;
    }

    /** A register on the platform needs no {@code base-url} of its own: the platform relays to it. */
    private static boolean isReachable(ConnectorProperties properties) {
        return properties.getTransport() == TransportKind.PLATFORM
                || properties.getBaseUrl() != null && !properties.getBaseUrl().isBlank();
    }
}
