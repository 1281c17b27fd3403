package vn.hanoi.gateway.routes.documentaxis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Function;
import org.springframework.util.unit.DataSize;
import vn.hanoi.gateway.routes.connector.ConnectorMetrics;
import vn.hanoi.gateway.routes.connector.FailureKind;
import vn.hanoi.gateway.routes.connector.HttpCalls;
import vn.hanoi.gateway.routes.connector.HttpFailures;
import vn.hanoi.gateway.routes.connector.UpstreamException;

/**
 * The gateway's token at the document axis ({@code document-axis.md}, "Token"): {@code POST /auth/token} with the
 * organ id and secret when first needed, kept until shortly before its {@code expiresIn}, and dropped when the axis
 * answers 401 {@code BAD_TOKEN} (it may expire a token early): the caller then fetches a new one and repeats the call
 * once, which {@link #authenticated} does for a call made in Java, and a Camel route does with {@link #token()},
 * {@link #isBadToken} and {@link #invalidate}. One session per gateway instance, shared by sending and the inbox.
 */
public final class AxisSession {

    public static final String SYSTEM = "document-axis";
    private static final Duration REFRESH_EARLY = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http;
    private final AxisSettings settings;
    private final Duration timeout;
    private final DataSize maxAnswer;
    private final ConnectorMetrics metrics;
    private final Clock clock;
    private Token current;

    private record Token(String value, Instant refreshAt) {
    }

    public AxisSession(HttpClient http, AxisSettings settings, Duration timeout, DataSize maxAnswer,
                       ConnectorMetrics metrics, Clock clock) {
        this.http = http;
        this.settings = settings;
        this.timeout = timeout;
        this.maxAnswer = maxAnswer;
        this.metrics = metrics;
        this.clock = clock;
    }

    /** The current token, fetched first if there is none or it is about to expire. */
    public synchronized String token() {
        if (current == null || !clock.instant().isBefore(current.refreshAt())) {
            current = fetch();
            metrics.tokenFetched();
        }
        return current.value();
    }

    /** Forgets the token the axis refused (unless a newer one replaced it meanwhile). */
    public synchronized void invalidate(String rejected) {
        if (current != null && Objects.equals(current.value(), rejected)) {
            current = null;
        }
    }

    /** Runs {@code call} with the token; when the axis refuses it (401 {@code BAD_TOKEN}), once more with a new one. */
    public HttpResponse<String> authenticated(Function<String, HttpResponse<String>> call) {
        String token = token();
        HttpResponse<String> answer = call.apply(token);
        if (!isBadToken(answer.statusCode(), answer.body())) {
            return answer;
        }
        invalidate(token);
        return call.apply(token());
    }

    /** Whether an answer says the token was missing, expired or revoked: 401 {@code BAD_TOKEN}. */
    public static boolean isBadToken(int status, String body) {
        return status == 401 && "BAD_TOKEN".equals(AxisAnswers.code(body));
    }

    private Token fetch() {
        String body = JSON.createObjectNode().put("organId", settings.organId()).put("secret", settings.secret())
                .toString();
        HttpRequest request = HttpRequest.newBuilder(URI.create(settings.baseUrl() + "/auth/token"))
                .timeout(timeout).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        HttpResponse<String> answer = HttpCalls.send(SYSTEM, http, request, maxAnswer);
        if (answer.statusCode() == 401) {
            throw new UpstreamException(SYSTEM, FailureKind.UNAUTHORIZED, "token refused: " + AxisAnswers.code(answer.body()));
        }
        HttpFailures.requireSuccess(SYSTEM, answer.statusCode(), answer.headers(), "token endpoint");
        try {
            JsonNode token = JSON.readTree(answer.body());
            String value = token.path("token").asText("");
            if (value.isEmpty()) {
                throw new UpstreamException(SYSTEM, FailureKind.MALFORMED_RESPONSE, "token answer without token");
            }
            Duration lifetime = Duration.ofSeconds(token.path("expiresIn").asLong(300));
            Duration early = lifetime.compareTo(REFRESH_EARLY.multipliedBy(2)) > 0 ? REFRESH_EARLY : lifetime.dividedBy(2);
            return new Token(value, clock.instant().plus(lifetime).minus(early));
        } catch (IOException unreadable) {
            throw new UpstreamException(SYSTEM, FailureKind.MALFORMED_RESPONSE, "unreadable token answer", null, unreadable);
        }
    }
}
