package vn.hanoi.gateway.testing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.hanoi.gateway.routes.registers.RegisterDescriptor;
import vn.hanoi.gateway.routes.registers.Registers;

/**
 * Settings that point every connector nowhere ({@code http://127.0.0.1:9}) with placeholder credentials: what a
 * gateway started without the sandbox needs for the upstreams a test does not use (it refuses to start without a
 * base URL and credentials for each). A test puts its own settings for the upstreams it does use over these.
 */
public final class UnusedConnectors {

    public static final String NOWHERE = "http://127.0.0.1:9";
    private static final String PORTAL = "npsp";
    private static final List<String> PORTAL_CREDENTIALS = List.of("username", "password", "unit-code");

    private UnusedConnectors() {
    }

    public static Map<String, String> settings() {
        Map<String, String> settings = new LinkedHashMap<>();
        for (RegisterDescriptor register : Registers.scan().all()) {
            add(settings, register.name(), register.credentialKeys());
        }
        add(settings, PORTAL, PORTAL_CREDENTIALS);
        return settings;
    }

    private static void add(Map<String, String> settings, String connector, List<String> credentials) {
        String prefix = "gateway.connectors." + connector + ".";
        settings.put(prefix + "base-url", NOWHERE);
        credentials.forEach(key -> settings.put(prefix + key, "test"));
    }
}
