package vn.hanoi.gateway.health;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;
import vn.hanoi.gateway.routes.connector.Connector;
import vn.hanoi.gateway.routes.connector.Connectors;
import vn.hanoi.gateway.routes.connector.Platform;
import vn.hanoi.gateway.routes.connector.TransportKind;

/**
 * {@code /actuator/health} → {@code platform}, beside {@code connectors}: the national data-sharing platform on its
 * own, so that ops tell "the platform is failing" from "a register is failing" ({@code docs/operations.md}). It
 * names the registers reached through it, its last relayed call and its last failure of its own (an
 * {@code X-Platform-Error} code, or no answer), and the providers it refused us ({@code SERVICE_NOT_PERMITTED},
 * {@code PROVIDER_NOT_FOUND}: configuration to fix). DOWN while its latest word is a failure of its own; UNKNOWN
 * when no register uses it. Like {@code connectors}, it is not in the readiness group.
 */
@Component("platformHealthIndicator")
class PlatformHealth implements HealthIndicator {

    private final Platform platform;
    private final Connectors connectors;

    PlatformHealth(Platform platform, Connectors connectors) {
        this.platform = platform;
        this.connectors = connectors;
    }

    @Override
    public Health health() {
        Map<String, String> registers = new TreeMap<>();
        for (Connector connector : connectors.configured()) {
            if (connector.properties().getTransport() == TransportKind.PLATFORM) {
                registers.put(connector.system(), connector.properties().getPlatform().getProvider());
            }
        }
        if (registers.isEmpty()) {
            return Health.unknown().withDetail("registers", registers).build();
        }
        Platform.Status status = platform.status();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("baseUrl", status.baseUrl());
        details.put("registers", registers);
        status.lastRelayed().ifPresent(relayed -> details.put("lastRelayed", Map.of(
                "at", ConnectorStatus.local(relayed.at()).toString(), "provider", relayed.provider())));
        status.lastFailure().ifPresent(failure -> details.put("lastFailure", Map.of(
                "at", ConnectorStatus.local(failure.at()).toString(), "provider", failure.provider(),
                "error", failure.failure())));
        details.put("refusedProviders", new TreeMap<>(status.refusedProviders()));
        return (status.up() ? Health.up() : Health.down()).withDetails(details).build();
    }
}
