package vn.hanoi.gateway.routes.npsp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.springframework.util.unit.DataSize;
import vn.hanoi.gateway.routes.connector.ConnectorProperties;
import vn.hanoi.gateway.routes.connector.Deadline;
import vn.hanoi.gateway.routes.connector.FailureKind;
import vn.hanoi.gateway.routes.connector.HttpCalls;
import vn.hanoi.gateway.routes.connector.HttpFailures;
import vn.hanoi.gateway.routes.connector.UpstreamException;

/**
 * One call to the portal's {@code /api/integration}: in the current session, logging in again once when the
 * portal answers {@code error_code 03}. {@code 00} returns the answer; {@code 01} is a
 * {@link FailureKind#REJECTED_REQUEST}, {@code 02} {@link FailureKind#NOT_FOUND}, {@code 99}
 * {@link FailureKind#REGISTER_ERROR}, HTTP 5xx {@link FailureKind#SERVER_ERROR}, no answer in time
 * {@link FailureKind#TIMEOUT}. It neither retries nor waits: the caller's policy does.
 */
final class NpspClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http;
    private final ConnectorProperties properties;
    private final NpspSession sessions;

    NpspClient(HttpClient http, ConnectorProperties properties, NpspSession sessions) {
        this.http = http;
        this.properties = properties;
        this.sessions = sessions;
    }

    JsonNode call(String service, ObjectNode fields, String correlationId, Deadline deadline, Duration attemptTimeout) {
        String session = sessions.session(deadline.cap(attemptTimeout));
        JsonNode answer = post(session, service, fields, correlationId, deadline.cap(attemptTimeout));
        if ("03".equals(errorCode(answer))) {
            sessions.invalidate(session);
            session = sessions.session(deadline.cap(attemptTimeout));
            answer = post(session, service, fields, correlationId, deadline.cap(attemptTimeout));
        }
        return outcome(service, answer);
    }

    private JsonNode post(String session, String service, ObjectNode fields, String correlationId, Duration timeout) {
        ObjectNode body = JSON.createObjectNode()
                .put("session", session)
                .put("madonvi", properties.getUnitCode())
                .put("service", service);
        body.setAll(fields);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(properties.getBaseUrl() + "/api/integration"))
                .timeout(positive(timeout))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8));
        if (correlationId != null) {
            request.header("X-Correlation-Id", correlationId);
        }
        return answerOf(send(http, request.build(), properties.getMaxResponseSize()), service);
    }

    private static JsonNode outcome(String service, JsonNode answer) {
        String code = errorCode(answer);
        return switch (code) {
            case "00" -> answer;
            case "01" -> throw failure(FailureKind.REJECTED_REQUEST, service, code);
            case "02" -> throw failure(FailureKind.NOT_FOUND, service, code);
            case "03" -> throw failure(FailureKind.UNAUTHORIZED, service, code + " after a new login");
            case "99" -> throw failure(FailureKind.REGISTER_ERROR, service, code);
            default -> throw failure(FailureKind.MALFORMED_RESPONSE, service, "unknown error_code");
        };
    }

    static HttpResponse<String> send(HttpClient http, HttpRequest request, DataSize maxResponseSize) {
        return HttpCalls.send(NpspConnector.SYSTEM, http, request, maxResponseSize, StandardCharsets.UTF_8);
    }

    /** The JSON object of a 2xx answer; anything else is classified. */
    static JsonNode answerOf(HttpResponse<String> response, String what) {
        HttpFailures.requireSuccess(NpspConnector.SYSTEM, response.statusCode(), response.headers(), what);
        JsonNode answer;
        try {
            answer = JSON.readTree(response.body());
        } catch (IOException unreadable) {
            answer = null;
        }
        if (answer == null || !answer.isObject()) {
            throw new UpstreamException(NpspConnector.SYSTEM, FailureKind.MALFORMED_RESPONSE, what + ": not a JSON object");
        }
        return answer;
    }

    static Duration positive(Duration timeout) {
        return timeout.isZero() || timeout.isNegative() ? Duration.ofMillis(1) : timeout;
    }

    private static String errorCode(JsonNode answer) {
        return answer.path("error_code").asText("").strip();
    }

    private static UpstreamException failure(FailureKind kind, String service, String detail) {
        return new UpstreamException(NpspConnector.SYSTEM, kind, service + " error_code " + detail);
    }
}
