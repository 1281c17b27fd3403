package vn.hanoi.gateway.routes.connector;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.EnumMap;
import java.util.Map;

/**
 * A connector's meters, all under the gateway's one prefix {@code gateway.connector}. The counters of
 * every lookup are registered once: building and looking a meter up on each call showed in a profile.
 */
public final class ConnectorMetrics {

    private final String system;
    private final MeterRegistry registry;
    private final Map<CacheState, Counter> answered = new EnumMap<>(CacheState.class);
    private final Counter coalesced;

    public ConnectorMetrics(String system, MeterRegistry registry) {
        this.system = system;
        this.registry = registry;
        for (CacheState state : CacheState.values()) {
            answered.put(state, Counter.builder("gateway.connector.cache")
                    .description("Lookups answered, by cache state")
                    .tag("connector", system)
                    .tag("result", state.name().toLowerCase())
                    .register(registry));
        }
        coalesced = Counter.builder("gateway.connector.coalesced")
                .description("Lookups that waited for a fetch of the same record already under way")
                .tag("connector", system)
                .register(registry);
    }

    void cache(CacheState state) {
        answered.get(state).increment();
    }

    void coalesced() {
        coalesced.increment();
    }

    public void tokenFetched() {
        Counter.builder("gateway.connector.token.fetches")
                .description("Access tokens or sessions fetched from the upstream")
                .tag("connector", system)
                .register(registry)
                .increment();
    }

    void outcome(String outcome) {
        Counter.builder("gateway.connector.calls")
                .description("Upstream attempts, by outcome")
                .tag("connector", system)
                .tag("outcome", outcome)
                .register(registry)
                .increment();
    }
}
