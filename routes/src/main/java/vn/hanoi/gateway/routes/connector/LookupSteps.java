package vn.hanoi.gateway.routes.connector;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.apache.camel.Exchange;

/**
 * The steps of one connector's "authenticated lookup with cache and breaker", called in order by the
 * route template ({@link LookupRoutes}): answer from a fresh cached copy; else fetch the native record
 * through the resilient upstream; map it to canonical and remember it. When the upstream fails, the
 * shared error policy ({@link ConnectorErrorPolicy}) asks whether a stale copy may answer instead.
 *
 * @param <N> the native record type
 */
public final class LookupSteps<N> {

    static final String STEPS = "gatewayLookupSteps";
    static final String ANSWERED = "gatewayAnsweredFromCache";
    private static final String NATIVE_TYPE_MISMATCH = "the fetch step must run before the mapping step";

    private final Connector connector;
    private final String operation;
    private final Upstream<N> upstream;
    private final NativeMapper<N> mapper;
    private final LookupCache cache;
    private final CacheKeys keys;
    private final Clock clock;

    public LookupSteps(Connector connector, String operation, Upstream<N> upstream, NativeMapper<N> mapper,
                       LookupCache cache, CacheKeys keys, Clock clock) {
        this.connector = connector;
        this.operation = operation;
        this.upstream = upstream;
        this.mapper = mapper;
        this.cache = cache;
        this.keys = keys;
        this.clock = clock;
    }

    public String system() {
        return connector.system();
    }

    public String operation() {
        return operation;
    }

    /** The route id and {@code direct:} endpoint name, kebab-case {@code <system>-<operation>}. */
    public String routeId() {
        return connector.system() + "-" + operation;
    }

    public void answerFromCache(Exchange exchange) {
        exchange.setProperty(STEPS, this);
        Optional<CachedRecord> cached = cache.get(cacheKey(exchange));
        Duration ttl = connector.properties().getCache().getTtl();
        if (cached.isPresent() && cached.get().isFreshAt(clock.instant(), ttl)) {
            exchange.getMessage().setBody(result(cached.get(), CacheState.HIT));
            exchange.setProperty(ANSWERED, true);
            answered(CacheState.HIT);
        }
    }

    public void fetch(Exchange exchange) {
        LookupRequest request = request(exchange);
        Deadline deadline = Deadline.after(connector.properties().getDeadline());
        N nativeRecord = connector.metrics().timed(operation, () -> connector.resilient().call(upstream, request, deadline));
        exchange.getMessage().setBody(nativeRecord);
    }

    @SuppressWarnings("unchecked")
    public void toCanonical(Exchange exchange) {
        Object body = exchange.getMessage().getBody();
        if (body instanceof LookupRequest) {
            throw new IllegalStateException(NATIVE_TYPE_MISMATCH);
        }
        String key = cacheKey(exchange);
        CachedRecord fresh = new CachedRecord(mapper.toCanonical((N) body), clock.instant());
        ConnectorProperties.Cache policy = connector.properties().getCache();
        Duration keepFor = policy.isStaleIfError() ? policy.getTtl().plus(policy.getMaxStale()) : policy.getTtl();
        cache.put(key, fresh, keepFor);
        exchange.getMessage().setBody(result(fresh, CacheState.MISS));
        answered(CacheState.MISS);
    }

    /** Whether the failure allows a stale answer and a usable stale copy exists. */
    boolean canServeStale(Exchange exchange, UpstreamException failure) {
        ConnectorProperties.Cache policy = connector.properties().getCache();
        if (!policy.isStaleIfError() || !connector.properties().getFailures().getServeStale().contains(failure.kind())) {
            return false;
        }
        return staleCopy(exchange).isPresent();
    }

    void serveStale(Exchange exchange) {
        CachedRecord stale = staleCopy(exchange).orElseThrow();
        exchange.getMessage().setBody(result(stale, CacheState.STALE));
        answered(CacheState.STALE);
    }

    private Optional<CachedRecord> staleCopy(Exchange exchange) {
        Instant now = clock.instant();
        Duration maxStale = connector.properties().getCache().getMaxStale();
        return cache.get(cacheKey(exchange)).filter(copy -> copy.isUsableStaleAt(now, maxStale));
    }

    private void answered(CacheState state) {
        connector.metrics().cache(state);
        connector.activity().recordAnswer(state);
    }

    private LookupResult result(CachedRecord cached, CacheState state) {
        return new LookupResult(connector.system(), cached.record(), state, cached.retrievedAt());
    }

    private String cacheKey(Exchange exchange) {
        return keys.keyOf(connector.system(), operation, request(exchange).key());
    }

    private static LookupRequest request(Exchange exchange) {
        LookupRequest request = exchange.getProperty(LookupRoutes.REQUEST, LookupRequest.class);
        if (request == null) {
            request = exchange.getMessage().getBody(LookupRequest.class);
            exchange.setProperty(LookupRoutes.REQUEST, request);
        }
        return request;
    }
}
