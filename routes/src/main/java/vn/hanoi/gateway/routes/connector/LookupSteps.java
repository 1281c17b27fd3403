package vn.hanoi.gateway.routes.connector;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.apache.camel.Exchange;

/**
 * The steps of one connector's "authenticated lookup with cache and breaker", called in order by the
 * route template ({@link LookupRoutes}): answer from a fresh cached copy; else fetch the native record
 * through the resilient upstream, map it to canonical, check that it is the record asked for
 * ({@link RecordIdentity}) and remember it. Concurrent misses for the same
 * record share one fetch ({@link InFlightFetches}). When the upstream fails, the shared error policy
 * ({@link ConnectorErrorPolicy}) asks whether a stale copy may answer instead.
 *
 * @param <N> the native record type
 */
public final class LookupSteps<N> {

    static final String STEPS = "gatewayLookupSteps";
    static final String ANSWERED = "gatewayAnsweredFromCache";
    private static final String CACHE_KEY = "gatewayLookupCacheKey";

    private final Connector connector;
    private final String operation;
    private final Upstream<N> upstream;
    private final NativeMapper<N> mapper;
    private final RecordIdentity identity;
    private final LookupCache cache;
    private final CacheKeys keys;
    private final Clock clock;
    private final InFlightFetches<CachedRecord> inFlight;

    public LookupSteps(Connector connector, String operation, Upstream<N> upstream, NativeMapper<N> mapper,
                       RecordIdentity identity, LookupCache cache, CacheKeys keys, Clock clock) {
        this.connector = connector;
        this.operation = operation;
        this.upstream = upstream;
        this.mapper = mapper;
        this.identity = identity;
        this.cache = cache;
        this.keys = keys;
        this.clock = clock;
        this.inFlight = new InFlightFetches<>(connector.system());
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

    /** Fetches, maps and remembers the record, once for all concurrent misses of it. */
    public void fetch(Exchange exchange) {
        LookupRequest request = request(exchange);
        String key = cacheKey(exchange);
        Deadline deadline = Deadline.after(connector.properties().getDeadline());
        CachedRecord fresh = inFlight.once(key, deadline, () -> fetchAndKeep(request, key, deadline),
                connector.metrics()::coalesced);
        exchange.getMessage().setBody(result(fresh, CacheState.MISS));
        answered(CacheState.MISS);
    }

    private CachedRecord fetchAndKeep(LookupRequest request, String key, Deadline deadline) {
        // Mapped and checked within the attempt: an answer the gateway cannot use counts against the breaker.
        Object canonical = connector.metrics().timed(operation, () -> connector.resilient().call(
                (asked, within, attemptTimeout) -> canonicalAbout(asked, upstream.fetch(asked, within, attemptTimeout)),
                request, deadline));
        CachedRecord fresh = new CachedRecord(canonical, clock.instant());
        ConnectorProperties.Cache policy = connector.properties().getCache();
        Duration keepFor = policy.isStaleIfError() ? policy.getTtl().plus(policy.getMaxStale()) : policy.getTtl();
        cache.put(key, fresh, keepFor);
        return fresh;
    }

    private Object canonicalAbout(LookupRequest asked, N nativeRecord) {
        Object canonical = mapper.toCanonical(nativeRecord);
        if (!identity.isAbout(asked.key(), canonical)) {
            throw new UpstreamException(connector.system(), FailureKind.MALFORMED_RESPONSE,
                    "the answer is about another record than the one asked");
        }
        return canonical;
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
        String key = exchange.getProperty(CACHE_KEY, String.class);
        if (key == null) {
            key = keys.keyOf(connector.system(), operation, request(exchange).key());
            exchange.setProperty(CACHE_KEY, key);
        }
        return key;
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
