package vn.hanoi.gateway.cache;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * {@code /actuator/health} → {@code lookupCache}: where lookups are cached, and whether the shared cache
 * (Redis) answers. DOWN while it does not: the gateway still serves from its near cache and the
 * upstreams, and readiness does not include this component, so a dead Redis never takes an instance
 * out of rotation.
 */
@Component("lookupCacheHealthIndicator")
class LookupCacheHealth implements HealthIndicator {

    private final ObjectProvider<RedisLink> redis;

    LookupCacheHealth(ObjectProvider<RedisLink> redis) {
        this.redis = redis;
    }

    @Override
    public Health health() {
        RedisLink shared = redis.getIfAvailable();
        if (shared == null) {
            return Health.up().withDetail("store", "in-JVM").build();
        }
        boolean answers = shared.ping();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("store", "near cache + Redis");
        CircuitBreaker.State state = shared.breakerState();
        details.put("breaker", state.name());
        shared.lastFailure().ifPresent(failure -> details.put("lastFailure",
                Map.of("at", failure.at().toString(), "error", failure.error())));
        if (!answers) {
            details.put("serving", "from the near cache and the upstreams");
        }
        return (answers ? Health.up() : Health.down()).withDetails(details).build();
    }
}
