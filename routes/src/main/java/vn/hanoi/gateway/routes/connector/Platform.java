package vn.hanoi.gateway.routes.connector;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The national data-sharing platform, shared by every register reached through it: this city's one platform
 * token ({@code POST {platform}/auth/token}), the platform's metrics and what its health shows. A platform
 * failure is recorded here, against the platform; each register's breaker still sees its own calls only, so
 * a platform outage never touches a register configured {@code direct}.
 */
public final class Platform {

    /** The platform's token answer: {@code {"token", "expiresIn"}}. */
    static final TokenProvider.Fields TOKEN_FIELDS = new TokenProvider.Fields("token", "expiresIn");
    static final String SYSTEM = "platform";

    private final PlatformProperties properties;
    private final PlatformMetrics metrics;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, String> refusedProviders = new ConcurrentHashMap<>();
    private volatile TokenProvider tokens;
    private volatile Outcome lastRelayed;
    private volatile Outcome lastFailure;

    /** One call's outcome: {@code failure} is an {@code errorCode} or a {@link FailureKind}, never personal data. */
    public record Outcome(Instant at, String provider, String failure) {
    }

    /**
     * What the platform's health shows: the last relayed call, the last failure of the platform itself, and the
     * providers it refused us ({@code SERVICE_NOT_PERMITTED}, {@code PROVIDER_NOT_FOUND}: configuration to fix).
     * {@code up} is false while the platform's latest word is a failure of its own or no answer at all.
     */
    public record Status(boolean up, String baseUrl, Optional<Outcome> lastRelayed, Optional<Outcome> lastFailure,
                         Map<String, String> refusedProviders) {
    }

    public Platform(PlatformProperties properties, MeterRegistry meters, Clock clock) {
        this.properties = properties;
        this.metrics = new PlatformMetrics(meters);
        this.clock = clock;
    }

    public PlatformProperties properties() {
        return properties;
    }

    public Status status() {
        Outcome relayed = lastRelayed;
        Outcome failed = lastFailure;
        boolean up = failed == null || relayed != null && relayed.at().isAfter(failed.at());
        return new Status(up, properties.getBaseUrl(), Optional.ofNullable(relayed), Optional.ofNullable(failed),
                Map.copyOf(refusedProviders));
    }

    /** The platform token, fetched once for every register on the platform. */
    TokenProvider tokens() {
        TokenProvider built = tokens;
        if (built == null) {
            synchronized (this) {
                if (tokens == null) {
                    tokens = new TokenProvider(SYSTEM, HttpClient.newBuilder()
                            .connectTimeout(properties.getConnectTimeout())
                            .followRedirects(HttpClient.Redirect.NEVER).build(),
                            this::tokenRequest, properties.getAttemptTimeout(), properties.getMaxResponseSize(),
                            fetched -> metrics.tokenFetched(), TOKEN_FIELDS);
                }
                built = tokens;
            }
        }
        return built;
    }

    private HttpRequest.Builder tokenRequest() {
        ObjectNode body = json.createObjectNode()
                .put("consumerCode", properties.getConsumerCode())
                .put("consumerSecret", properties.getConsumerSecret());
        return HttpRequest.newBuilder(URI.create(properties.getBaseUrl() + "/auth/token"))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
    }

    /** Runs one call through the platform to {@code provider} and records what came of it. */
    <T> T observe(String provider, Supplier<T> call) {
        long started = System.nanoTime();
        try {
            T answer = call.get();
            relayed(provider, started);
            return answer;
        } catch (UpstreamException failure) {
            failed(provider, failure, started);
            throw failure;
        }
    }

    /** A failure before any relayed call: the platform's token could not be had. */
    void tokenFailed(String provider, UpstreamException failure) {
        metrics.call(provider, PlatformMetrics.UNREACHABLE, Duration.ZERO);
        lastFailure = new Outcome(clock.instant(), provider, "token: " + failure.kind());
    }

    private void relayed(String provider, long started) {
        metrics.call(provider, PlatformMetrics.RELAYED, since(started));
        refusedProviders.remove(provider);
        lastRelayed = new Outcome(clock.instant(), provider, null);
    }

    private void failed(String provider, UpstreamException failure, long started) {
        Optional<String> errorCode = failure.platformError();
        if (errorCode.isPresent()) {
            metrics.call(provider, PlatformMetrics.PLATFORM_ERROR, since(started));
            metrics.error(errorCode.get());
            if (PlatformErrors.isConfiguration(errorCode.get())) {
                refusedProviders.put(provider, errorCode.get());
            }
            lastFailure = new Outcome(clock.instant(), provider, errorCode.get());
        } else if (failure.kind() == FailureKind.IO || failure.kind() == FailureKind.TIMEOUT) {
            // No answer at all: the platform is where the call went, so it is the platform that did not answer.
            metrics.call(provider, PlatformMetrics.UNREACHABLE, since(started));
            lastFailure = new Outcome(clock.instant(), provider, failure.kind().name());
        } else {
            // The provider's own answer (its 404, its fault, its in-band code), relayed: the platform worked.
            relayed(provider, started);
        }
    }

    private static Duration since(long started) {
        return Duration.ofNanos(System.nanoTime() - started);
    }
}
