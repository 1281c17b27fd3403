package vn.hanoi.gateway.access;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Requests per client ({@code gateway.rate-limit}): {@code limit-for-period} requests every
 * {@code limit-refresh-period}, for every client unless {@code clients.<client-id>} says otherwise.
 */
@ConfigurationProperties("gateway.rate-limit")
record RateLimitProperties(
        @DefaultValue("100") int limitForPeriod,
        @DefaultValue("1s") Duration limitRefreshPeriod,
        Map<String, ClientLimit> clients) {

    RateLimitProperties {
        clients = clients == null ? Map.of() : Map.copyOf(clients);
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
