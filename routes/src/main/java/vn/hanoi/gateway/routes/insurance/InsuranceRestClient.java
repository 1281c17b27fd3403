package vn.hanoi.gateway.routes.insurance;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.springframework.util.unit.DataSize;
import vn.hanoi.gateway.mappings.insurance.InsuranceResultCode;
import vn.hanoi.gateway.routes.connector.ConnectorProperties;
import vn.hanoi.gateway.routes.connector.Deadline;
import vn.hanoi.gateway.routes.connector.FailureKind;
import vn.hanoi.gateway.routes.connector.HttpCalls;
import vn.hanoi.gateway.routes.connector.HttpFailures;
import vn.hanoi.gateway.routes.connector.LookupRequest;
import vn.hanoi.gateway.routes.connector.Transport;
import vn.hanoi.gateway.routes.connector.Upstream;
import vn.hanoi.gateway.routes.connector.UpstreamException;

/**
 * One {@code POST /api/bhxh/tra-cuu-qua-trinh} call: the {@code duLieu} of a {@code maLoi "0"} answer, or
 * the failure it stands for. The register answers HTTP 200 whatever happened, so {@code maLoi} decides:
 * {@code 1} not found, {@code 2} rejected request, {@code 9} register error, anything else unusable.
 */
final class InsuranceRestClient {

    static final String SERVICE_PATH = "/api/bhxh/tra-cuu-qua-trinh";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http;
    private final URI service;
    private final Transport transport;
    private final DataSize maxResponseSize;

    /** {@code transport} adds the {@code lgspaccesstoken} header to a direct call: the platform relays without it. */
    InsuranceRestClient(HttpClient http, ConnectorProperties properties, Transport transport) {
        this.http = http;
        this.service = URI.create(transport.address(SERVICE_PATH));
        this.maxResponseSize = properties.getMaxResponseSize();
        this.transport = transport;
    }

    /** The lookup by one kind of key, as the connector kit calls it. */
    Upstream<JsonNode> by(InsuranceKey key) {
        return (request, deadline, attemptTimeout) ->
                transport.authenticated(request, deadline, headers -> call(key, request, headers, deadline, attemptTimeout));
    }

    private JsonNode call(InsuranceKey key, LookupRequest request, Map<String, String> authorization, Deadline deadline,
                          Duration attemptTimeout) {
        Duration timeout = deadline.cap(attemptTimeout);
        if (timeout.isZero()) {
            throw failure(FailureKind.TIMEOUT, "deadline reached before the call");
        }
        HttpRequest.Builder call = HttpRequest.newBuilder(service)
                .timeout(timeout)
                .header("X-Correlation-Id", request.correlationId())
                .header("Content-Type", "application/json; charset=utf-8")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(question(key, request.key()), StandardCharsets.UTF_8));
        authorization.forEach(call::header);
        HttpResponse<String> response = HttpCalls.send(InsuranceConnector.SYSTEM, http, call.build(), maxResponseSize,
                StandardCharsets.UTF_8);
        HttpFailures.requireSuccess(InsuranceConnector.SYSTEM, response.statusCode(), response.headers(), "service");
        return answer(response.body());
    }

    private static String question(InsuranceKey key, String value) {
        try {
            return JSON.writeValueAsString(JSON.createObjectNode().put(key.field(), value));
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("cannot write the request body", impossible);
        }
    }

    private static JsonNode answer(String body) {
        JsonNode answer;
        try {
            answer = JSON.readTree(body);
        } catch (IOException unreadable) {
            // Not kept as the cause: the parser's message quotes the body, which holds personal data.
            throw failure(FailureKind.MALFORMED_RESPONSE, "unreadable answer");
        }
        if (answer == null || !answer.isObject()) {
            throw failure(FailureKind.MALFORMED_RESPONSE, "answer is not a JSON object");
        }
        return switch (InsuranceResultCode.ofBody(answer)) {
            case SUCCESS -> record(answer);
            case NOT_FOUND -> throw failure(FailureKind.NOT_FOUND, "maLoi 1");
            case INVALID_REQUEST -> throw failure(FailureKind.REJECTED_REQUEST, "maLoi 2");
            case SYSTEM_ERROR -> throw failure(FailureKind.REGISTER_ERROR, "maLoi 9");
            case UNKNOWN -> throw failure(FailureKind.MALFORMED_RESPONSE, "unknown maLoi");
        };
    }

    private static JsonNode record(JsonNode answer) {
        JsonNode duLieu = answer.path("duLieu");
        if (!duLieu.isObject()) {
            throw failure(FailureKind.MALFORMED_RESPONSE, "maLoi 0 without duLieu");
        }
        return duLieu;
    }

    private static UpstreamException failure(FailureKind kind, String detail) {
        return new UpstreamException(InsuranceConnector.SYSTEM, kind, detail);
    }
}
