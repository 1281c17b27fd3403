package vn.hanoi.gateway.routes.connector;

import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.FileSystemResource;

/**
 * The connector kit as the gateway builds it, over the gateway's real connector defaults
 * ({@code gateway/src/main/resources/application.yml}), for a client test against a WireMock register.
 */
public final class GatewayDefaults {

    private static final Path DEFAULTS = Path.of("../gateway/src/main/resources/application.yml");

    private GatewayDefaults() {
    }

    /** The kit with {@code properties} (a connector's base URL and credentials, shorter back-off …) over the defaults. */
    public static Connectors connectors(Map<String, ?> properties) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", new HashMap<>(properties)));
        try {
            for (PropertySource<?> defaults : new YamlPropertySourceLoader().load("defaults", new FileSystemResource(DEFAULTS))) {
                environment.getPropertySources().addLast(defaults);
            }
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        return new Connectors(new ConnectorSettings(environment), CircuitBreakerRegistry.ofDefaults(),
                new SimpleMeterRegistry(), new CaffeineLookupCache(100), new CacheKeys(new byte[16]), Clock.systemUTC());
    }

    /** The transports of {@code connectors}, with the platform at {@code gateway.platform} unset unless given. */
    public static Transports transports(Connectors connectors, PlatformProperties platform) {
        return new Transports(connectors, new Platform(platform, new SimpleMeterRegistry(), Clock.systemUTC()));
    }

    public static Transports transports(Connectors connectors) {
        return transports(connectors, new PlatformProperties());
    }
}
