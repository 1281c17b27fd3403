package vn.hanoi.gateway.routes.connector;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.util.unit.DataSize;

/**
 * An upstream access token, fetched when first needed, cached until shortly before it expires, and
 * fetched anew when the upstream rejects it: {@link #authenticated} repeats a call once with a new
 * token after a 401, as every national system's contract asks.
 */
public final class TokenProvider {

    private static final Duration REFRESH_EARLY = Duration.ofSeconds(30);

    private final String system;
    private final HttpClient http;
    private final Supplier<HttpRequest.Builder> tokenRequest;
    private final Duration attemptTimeout;
    private final DataSize maxResponseSize;
    private final ObjectMapper json = new ObjectMapper();
    private final TokenListener listener;
    private final Fields fields;

    private Token current;

    /** Told about every token fetched, e.g. to count refreshes. */
    @FunctionalInterface
    public interface TokenListener {
        void tokenFetched(String system);
    }

    private record Token(String value, Instant refreshAt) {
    }

    /** Where a token answer holds the token and its lifetime in seconds. */
    public record Fields(String token, String expiresIn) {
        /** OAuth2's {@code access_token} and {@code expires_in}, as every register's token endpoint answers. */
        public static final Fields OAUTH2 = new Fields("access_token", "expires_in");
    }

    public TokenProvider(String system, HttpClient http, Supplier<HttpRequest.Builder> tokenRequest,
                         Duration attemptTimeout, DataSize maxResponseSize, TokenListener listener) {
        this(system, http, tokenRequest, attemptTimeout, maxResponseSize, listener, Fields.OAUTH2);
    }

    public TokenProvider(String system, HttpClient http, Supplier<HttpRequest.Builder> tokenRequest,
                         Duration attemptTimeout, DataSize maxResponseSize, TokenListener listener, Fields fields) {
        this.fields = fields;
        this.system = system;
        this.http = http;
        this.tokenRequest = tokenRequest;
        this.attemptTimeout = attemptTimeout;
        this.maxResponseSize = maxResponseSize;
        this.listener = listener;
    }

    /** Runs {@code call} with a token; on {@link FailureKind#UNAUTHORIZED} fetches a new one and runs it once more. */
    public <T> T authenticated(Deadline deadline, Function<String, T> call) {
        String token = token(deadline);
        try {
            return call.apply(token);
        } catch (UpstreamException rejected) {
            if (rejected.kind() != FailureKind.UNAUTHORIZED) {
                throw rejected;
            }
            invalidate(token);
            return call.apply(token(deadline));
        }
    }

    public synchronized String token(Deadline deadline) {
        if (current == null || !Instant.now().isBefore(current.refreshAt())) {
            current = fetch(deadline);
            listener.tokenFetched(system);
        }
        return current.value();
    }

    public synchronized void invalidate(String rejected) {
        if (current != null && current.value().equals(rejected)) {
            current = null;
        }
    }

    private Token fetch(Deadline deadline) {
        HttpRequest request = tokenRequest.get().timeout(positive(deadline.cap(attemptTimeout))).build();
        HttpResponse<String> response = HttpCalls.send(system, http, request, maxResponseSize);
        HttpFailures.requireSuccess(system, response.statusCode(), response.headers(), "token endpoint");
        try {
            JsonNode body = json.readTree(response.body());
            String value = body.path(fields.token()).asText("");
            if (value.isEmpty()) {
                throw new UpstreamException(system, FailureKind.MALFORMED_RESPONSE, "token answer without " + fields.token());
            }
            long expiresIn = body.path(fields.expiresIn()).asLong(300);
            Duration lifetime = Duration.ofSeconds(expiresIn);
            Duration early = lifetime.compareTo(REFRESH_EARLY.multipliedBy(2)) > 0 ? REFRESH_EARLY : lifetime.dividedBy(2);
            return new Token(value, Instant.now().plus(lifetime).minus(early));
        } catch (IOException unreadable) {
            throw new UpstreamException(system, FailureKind.MALFORMED_RESPONSE, "unreadable token answer", null, unreadable);
        }
    }

    static Duration positive(Duration timeout) {
        return timeout.isZero() || timeout.isNegative() ? Duration.ofMillis(1) : timeout;
    }
}
