package vn.hanoi.gateway.testing;

import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.util.Map;
import org.springframework.mock.env.MockEnvironment;
import vn.hanoi.gateway.routes.connector.CacheKeys;
import vn.hanoi.gateway.routes.connector.CaffeineLookupCache;
import vn.hanoi.gateway.routes.connector.ConnectorSettings;
import vn.hanoi.gateway.routes.connector.Connectors;

/** Connectors built without Spring: the given {@code gateway.connectors.*} properties over small defaults. */
public final class TestConnectors {

    private TestConnectors() {
    }

    /** {@code properties} are relative to {@code gateway.connectors.}, e.g. {@code population.base-url}. */
    public static Connectors of(Map<String, String> properties) {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("gateway.connector-defaults.activity-window", "5m")
                .withProperty("gateway.connector-defaults.max-concurrent-calls", "4")
                .withProperty("gateway.connector-defaults.circuit-breaker.failure-rate-threshold", "50")
                .withProperty("gateway.connector-defaults.circuit-breaker.sliding-window-size", "10")
                .withProperty("gateway.connector-defaults.circuit-breaker.minimum-number-of-calls", "5")
                .withProperty("gateway.connector-defaults.circuit-breaker.wait-duration-in-open-state", "30s")
                .withProperty("gateway.connector-defaults.circuit-breaker.permitted-number-of-calls-in-half-open-state", "1");
        properties.forEach((key, value) -> environment.setProperty("gateway.connectors." + key, value));
        return new Connectors(new ConnectorSettings(environment), CircuitBreakerRegistry.ofDefaults(),
                new SimpleMeterRegistry(), new CaffeineLookupCache(10), new CacheKeys(new byte[16]), Clock.systemUTC());
    }
}
