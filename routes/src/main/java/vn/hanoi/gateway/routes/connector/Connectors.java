package vn.hanoi.gateway.routes.connector;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The registry of connectors and the kit a connector package builds itself from: settings, breaker,
 * resilient call, token provider, lookup steps. Adding a national system uses this; it never changes it.
 */
public final class Connectors {

    private static final Logger LOG = LoggerFactory.getLogger(Connectors.class);

    private final ConnectorSettings settings;
    private final CircuitBreakerRegistry breakers;
    private final MeterRegistry meters;
    private final LookupCache cache;
    private final CacheKeys keys;
    private final Clock clock;
    private final Map<String, Connector> bySystem = new ConcurrentSkipListMap<>();
    private final Map<String, HttpClient> httpClients = new ConcurrentHashMap<>();

    public Connectors(ConnectorSettings settings, CircuitBreakerRegistry breakers, MeterRegistry meters,
                      LookupCache cache, CacheKeys keys, Clock clock) {
        this.settings = settings;
        this.breakers = breakers;
        this.meters = meters;
        this.cache = cache;
        this.keys = keys;
        this.clock = clock;
    }

    /** Every configured connector (one with a {@code base-url}), built now if not yet used. */
    public List<Connector> configured() {
        return settings.systems().stream().map(this::connector).toList();
    }

    /** The connector of a system, built from its configuration on first use. */
    public Connector connector(String system) {
        return bySystem.computeIfAbsent(system, this::build);
    }

    public Collection<Connector> all() {
        return bySystem.values();
    }

    /** A lookup whose answers are not checked against the key asked: see {@link RecordIdentity#NOT_CHECKED}. */
    public <N> LookupSteps<N> lookup(String system, String operation, Upstream<N> upstream,
                                    Function<N, ?> mapper) {
        return new LookupSteps<>(connector(system), operation, upstream, mapper, RecordIdentity.NOT_CHECKED,
                cache, keys, clock);
    }

    /**
     * A lookup whose every answer must be about the key asked: {@code identifierOf} reads the identifier from the
     * canonical record; an answer about another record is {@link FailureKind#MALFORMED_RESPONSE}.
     */
    public <N, C> LookupSteps<N> lookup(String system, String operation, Upstream<N> upstream, Function<N, C> mapper,
                                        Function<C, String> identifierOf) {
        @SuppressWarnings("unchecked") // the canonical records checked are the ones this mapper made
        RecordIdentity identity = (key, canonical) -> key.equals(identifierOf.apply((C) canonical));
        return new LookupSteps<>(connector(system), operation, upstream, mapper, identity, cache, keys, clock);
    }

    /** An HTTP client for the system, with its connect timeout; shared by its token provider and calls. */
    public HttpClient httpClient(String system) {
        return httpClients.computeIfAbsent(system, name -> HttpClient.newBuilder()
                .connectTimeout(connector(name).properties().getConnectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build());
    }

    public TokenProvider tokenProvider(String system, Supplier<HttpRequest.Builder> tokenRequest) {
        Connector connector = connector(system);
        return new TokenProvider(system, httpClient(system), tokenRequest,
                connector.properties().getAttemptTimeout(), connector.properties().getMaxResponseSize(), fetched -> connector.metrics().tokenFetched());
    }

    private Connector build(String system) {
        ConnectorProperties properties = settings.forConnector(system);
        CircuitBreaker breaker = CircuitBreakers.forConnector(breakers, system, properties);
        ConnectorActivity activity = new ConnectorActivity(system, clock, properties.getActivityWindow());
        ConnectorMetrics metrics = new ConnectorMetrics(system, meters);
        metrics.watch(breaker);
        breaker.getEventPublisher().onStateTransition(event -> LOG.warn("Circuit of {}: {}", system,
                event.getStateTransition()));
        ResilientUpstream resilient = new ResilientUpstream(system, properties, breaker, activity, metrics);
        return new Connector(system, properties, breaker, resilient, activity, metrics);
    }
}
