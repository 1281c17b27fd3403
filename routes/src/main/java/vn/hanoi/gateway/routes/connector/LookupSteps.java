package vn.hanoi.gateway.routes.connector;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;
import org.apache.camel.Exchange;

/**
 * One connector's lookup and the steps its route ({@link LookupRoutes}) calls by name: read the cache; on a miss,
 * ask the register ({@code register:} endpoint, {@link RegisterProducer}), map the native record to canonical,
 * check that it is the record asked for ({@link RecordIdentity}) and keep it. When the register fails, the shared
 * error policy ({@link ConnectorErrorPolicy}) asks whether a stale copy may answer instead.
 *
 * @param <N> the native record type
 */
public final class LookupSteps<N> {

    static final String STEPS = "gatewayLookupSteps";
    static final String ANSWERED = "gatewayAnsweredFromCache";
    /** How long the attempt that answered took, while its outcome waits for the answer to be mapped and checked. */
    static final String UNRECORDED_ATTEMPT = "gatewayUnrecordedAttempt";
    private static final String CACHE_KEY = "gatewayLookupCacheKey";

    private final Connector connector;
    private final String operation;
    private final Upstream<N> upstream;
    /** The connector's pure mapping, native to canonical (it delegates to a mapper in {@code mappings}). */
    private final Function<N, ?> mapper;
    private final RecordIdentity identity;
    private final LookupCache cache;
    private final CacheKeys keys;
    private final Clock clock;

    public LookupSteps(Connector connector, String operation, Upstream<N> upstream, Function<N, ?> mapper,
                       RecordIdentity identity, LookupCache cache, CacheKeys keys, Clock clock) {
        this.connector = connector;
        this.operation = operation;
        this.upstream = upstream;
        this.mapper = mapper;
        this.identity = identity;
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

    Connector connector() {
        return connector;
    }

    Upstream<N> upstream() {
        return upstream;
    }

    /** Answers from a fresh cached copy, if there is one ({@link #ANSWERED}); else the route goes on to the register. */
    public void readCache(Exchange exchange) {
        exchange.setProperty(STEPS, this);
        Optional<CachedRecord> cached = cache.get(cacheKey(exchange));
        Duration ttl = connector.properties().getCache().getTtl();
        if (cached.isPresent() && cached.get().isFreshAt(clock.instant(), ttl)) {
            exchange.getMessage().setBody(result(cached.get(), CacheState.HIT));
            exchange.setProperty(ANSWERED, true);
            answered(CacheState.HIT);
        }
    }

    /** The connector's pure mapping, native to canonical. An answer it cannot map is {@link FailureKind#MALFORMED_RESPONSE}. */
    public void toCanonical(Exchange exchange) {
        @SuppressWarnings("unchecked") // the body is what this lookup's register endpoint answered
        N nativeRecord = (N) exchange.getMessage().getBody();
        try {
            exchange.getMessage().setBody(mapper.apply(nativeRecord));
        } catch (UpstreamException unusable) {
            throw refused(exchange, unusable);
        } catch (RuntimeException unmappable) {
            throw refused(exchange, new UpstreamException(connector.system(), FailureKind.MALFORMED_RESPONSE,
                    unmappable.getClass().getSimpleName(), null, unmappable));
        }
    }

    /** A register that mixes up its answers must not have one person's record served, kept and audited under another's key. */
    public void checkRecordAsked(Exchange exchange) {
        if (!identity.isAbout(request(exchange).key(), exchange.getMessage().getBody())) {
            throw refused(exchange, new UpstreamException(connector.system(), FailureKind.MALFORMED_RESPONSE,
                    "the answer is about another record than the one asked"));
        }
    }

    /** The answer is mapped and is the record asked: the attempt that gave it succeeded. */
    public void recordAttempt(Exchange exchange) {
        settleAttempt(exchange, Optional.empty());
    }

    /** The register answered, but not usably: the attempt that gave the answer failed, as the breaker counts it. */
    private UpstreamException refused(Exchange exchange, UpstreamException failure) {
        settleAttempt(exchange, Optional.of(failure.kind()));
        return failure;
    }

    /** Only the exchange whose call answered records it: one that shared another's answer has no attempt of its own. */
    private void settleAttempt(Exchange exchange, Optional<FailureKind> failure) {
        Duration took = exchange.getProperty(UNRECORDED_ATTEMPT, Duration.class);
        if (took != null) {
            exchange.removeProperty(UNRECORDED_ATTEMPT);
            connector.resilient().recordAttempt(failure, took);
        }
    }

    /** Keeps the canonical record (for its freshness time, plus as long as it may answer stale) and answers it. */
    public void keep(Exchange exchange) {
        CachedRecord fresh = new CachedRecord(exchange.getMessage().getBody(), clock.instant());
        ConnectorProperties.Cache policy = connector.properties().getCache();
        Duration keepFor = policy.isStaleIfError() ? policy.getTtl().plus(policy.getMaxStale()) : policy.getTtl();
        cache.put(cacheKey(exchange), fresh, keepFor);
        exchange.getMessage().setBody(result(fresh, CacheState.MISS));
        answered(CacheState.MISS);
    }

    /**
     * The breaker step's fallback: says why there is no answer. The register's classified failure as it was; none
     * caught means the breaker refused the call ({@link FailureKind#CIRCUIT_OPEN}, for the rest of its open time).
     */
    public void whyNotAnswered(Exchange exchange) {
        Throwable caught = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        if (caught instanceof UpstreamException failure) {
            throw failure;
        }
        if (caught != null) {
            throw new UpstreamException(connector.system(), FailureKind.MALFORMED_RESPONSE,
                    caught.getClass().getSimpleName(), null, caught);
        }
        throw connector.resilient().refusedWhileOpen();
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

    String cacheKey(Exchange exchange) {
        String key = exchange.getProperty(CACHE_KEY, String.class);
        if (key == null) {
            key = keys.keyOf(connector.system(), operation, request(exchange).key());
            exchange.setProperty(CACHE_KEY, key);
        }
        return key;
    }

    static LookupRequest request(Exchange exchange) {
        LookupRequest request = exchange.getProperty(LookupRoutes.REQUEST, LookupRequest.class);
        if (request == null) {
            request = exchange.getMessage().getBody(LookupRequest.class);
            exchange.setProperty(LookupRoutes.REQUEST, request);
        }
        return request;
    }
}
