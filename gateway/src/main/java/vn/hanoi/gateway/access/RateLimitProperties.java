package vn.hanoi.gateway.access;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Requests per client ({@code gateway.rate-limit}): {@code limit-for-period} requests every
 * {@code limit-refresh-period}, for every client unless {@code clients.<client-id>} says otherwise; counted
 * across every instance when {@code shared.enabled} (Redis).
 */
@ConfigurationProperties("gateway.rate-limit")
record RateLimitProperties(
        @DefaultValue("100") int limitForPeriod,
        @DefaultValue("1s") Duration limitRefreshPeriod,
        Map<String, ClientLimit> clients,
        @DefaultValue Shared shared) {

    RateLimitProperties {
        clients = clients == null ? Map.of() : Map.copyOf(clients);
    }

    /**
     * The buckets in Redis: under {@code key-prefix}; a Redis command that takes longer than {@code timeout}
     * counts as Redis down, and after failures Redis is tried again every {@code wait-when-down}.
     */
    record Shared(@DefaultValue("false") boolean enabled, @DefaultValue("gateway:rate-limit:") String keyPrefix,
                  @DefaultValue("500ms") Duration timeout, @DefaultValue("5s") Duration waitWhenDown) {
    }

    /** One client's limit; what it leaves out is the default. */
    record ClientLimit(Integer limitForPeriod, Duration limitRefreshPeriod) {
    }

    int limitForPeriodOf(String clientId) {
        ClientLimit own = clients.get(clientId);
        return own != null && own.limitForPeriod() != null ? own.limitForPeriod() : limitForPeriod;
    }

    Duration limitRefreshPeriodOf(String clientId) {
        ClientLimit own = clients.get(clientId);
        return own != null && own.limitRefreshPeriod() != null ? own.limitRefreshPeriod() : limitRefreshPeriod;
    }
}
