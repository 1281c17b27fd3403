package vn.hanoi.gateway.health;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code gateway.health.probe.*}: every {@code check-every}, each connector with no call for {@code idle-after}
 * is probed, within {@code timeout}: by default a TCP connect to its base URL's host and port; per connector
 * ({@code connectors.<name>}) {@code kind: http} with a {@code url} (its token endpoint, say) that must answer
 * with any HTTP status, or {@code kind: none}. Neither calls a service of the register, so a probe spends none of
 * its quota.
 */
@ConfigurationProperties("gateway.health.probe")
record ProbeSettings(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("15s") Duration checkEvery,
        @DefaultValue("1m") Duration idleAfter,
        @DefaultValue("2s") Duration timeout,
        Map<String, Probe> connectors) {

    ProbeSettings {
        connectors = connectors == null ? Map.of() : Map.copyOf(connectors);
    }

    enum Kind { TCP, HTTP, NONE }

    /** How one connector is probed; {@code url} only for {@code http}. */
    record Probe(@DefaultValue("tcp") Kind kind, URI url) {

        Probe {
            if (kind == Kind.HTTP) {
                Objects.requireNonNull(url, "gateway.health.probe.connectors.<name>.url is needed for kind http");
            }
        }
    }

    Probe of(String system) {
        return connectors.getOrDefault(system, new Probe(Kind.TCP, null));
    }
}
