package vn.hanoi.gateway.routes.connector;

import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** The shared connector infrastructure: settings, breakers, cache, cache keys, routes and error policy. */
@Configuration(proxyBeanMethods = false)
class ConnectorsConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    ConnectorSettings connectorSettings(Environment environment) {
        return new ConnectorSettings(environment);
    }

    @Bean
    CircuitBreakerRegistry circuitBreakerRegistry() {
        return CircuitBreakerRegistry.ofDefaults();
    }

    /** The in-JVM cache alone; with {@code gateway.cache.redis.enabled} the gateway brings a shared one. */
    @Bean
    @ConditionalOnMissingBean(LookupCache.class)
    @ConditionalOnProperty(name = "gateway.cache.redis.enabled", havingValue = "false", matchIfMissing = true)
    LookupCache lookupCache(@Value("${gateway.cache.max-entries:100000}") long maxEntries) {
        return new CaffeineLookupCache(maxEntries);
    }

    /**
     * The HMAC secret for cache keys. Configured when the cache is shared between instances; otherwise a
     * random one per process, which is all an in-JVM cache needs.
     */
    @Bean
    CacheKeys cacheKeys(@Value("${gateway.cache.key-secret:}") String secret) {
        if (!secret.isBlank()) {
            return new CacheKeys(secret.getBytes(StandardCharsets.UTF_8));
        }
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        return new CacheKeys(random);
    }

    @Bean
    Connectors connectors(ConnectorSettings settings, CircuitBreakerRegistry breakers, MeterRegistry meters,
                          LookupCache cache, CacheKeys keys, Clock clock) {
        return new Connectors(settings, breakers, meters, cache, keys, clock);
    }

    @Bean
    ConnectorErrorPolicy connectorErrorPolicy() {
        return new ConnectorErrorPolicy();
    }

    @Bean
    LookupRoutes lookupRoutes(ObjectProvider<LookupSteps<?>> lookups) {
        return new LookupRoutes(List.copyOf(lookups.orderedStream().toList()));
    }
}
