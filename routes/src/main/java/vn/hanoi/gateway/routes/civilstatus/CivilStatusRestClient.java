package vn.hanoi.gateway.routes.civilstatus;

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
import vn.hanoi.gateway.mappings.civilstatus.CivilStatusResultCode;
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
 * One {@code POST /hotich/v1/tra-cuu} with the bearer token: the {@code duLieu} of a {@code trangThai "00"}
 * answer, or the failure it stands for. The register answers HTTP 200 whatever happened, so {@code trangThai}
 * decides: {@code 01} not found, {@code 02} rejected request, {@code 99} register error (retried like a 5xx),
 * anything else unusable. HTTP 401 (a token that died early) is refreshed once by its {@link Transport};
 * 429 keeps its {@code Retry-After}.
 */
final class CivilStatusRestClient implements Upstream<Registrations> {

    static final String TOKEN_PATH = "/oauth2/token";
    static final String SERVICE_PATH = "/hotich/v1/tra-cuu";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http;
    private final URI service;
    private final Transport transport;
    private final DataSize maxResponseSize;

    CivilStatusRestClient(HttpClient http, ConnectorProperties properties, Transport transport) {
        this.http = http;
        this.service = URI.create(transport.address(SERVICE_PATH));
        this.transport = transport;
        this.maxResponseSize = properties.getMaxResponseSize();
    }

    /** {@code request.key()} is a valid 12-digit personal id. */
    @Override
    public Registrations fetch(LookupRequest request, Deadline deadline, Duration attemptTimeout) {
        return transport.authenticated(request, deadline, headers -> call(request, headers, deadline.cap(attemptTimeout)));
    }

    private Registrations call(LookupRequest request, Map<String, String> authorization, Duration timeout) {
        if (timeout.isZero()) {
            throw failure(FailureKind.TIMEOUT, "deadline reached before the call");
        }
        // The caller's headers are never forwarded: only the transport's authorisation and the correlation id go upstream.
        HttpRequest.Builder question = HttpRequest.newBuilder(service)
                .timeout(timeout)
                .header("X-Correlation-Id", request.correlationId())
                .header("Content-Type", "application/json; charset=utf-8")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(question(request), StandardCharsets.UTF_8));
        authorization.forEach(question::header);
        HttpResponse<String> response = HttpCalls.send(CivilStatusConnector.SYSTEM, http, question.build(), maxResponseSize,
                StandardCharsets.UTF_8);
        HttpFailures.requireSuccess(CivilStatusConnector.SYSTEM, response.statusCode(), response.headers(), "service");
        return new Registrations(request.key(), answer(response.body()));
    }

    /** {@code maYeuCau} the correlation id, {@code maCanBo} the officer ({@code ""} when none is known). */
    private static String question(LookupRequest request) {
        try {
            return JSON.writeValueAsString(JSON.createObjectNode()
                    .put("maYeuCau", request.correlationId())
                    .put("maCanBo", request.officerId() == null ? "" : request.officerId())
                    .put("soDinhDanh", request.key()));
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("cannot write the request body", impossible);
        }
    }

    private static JsonNode answer(String body) {
        JsonNode answer;
        try {
            // Read as bytes: Jackson's byte-source bootstrap skips a UTF-8 byte-order mark, which the contract allows.
            answer = JSON.readTree(body.getBytes(StandardCharsets.UTF_8));
        } catch (IOException unreadable) {
            // Not kept as the cause: the parser's message quotes the body, which holds personal data.
            throw failure(FailureKind.MALFORMED_RESPONSE, "unreadable answer");
        }
        if (answer == null || !answer.isObject()) {
            throw failure(FailureKind.MALFORMED_RESPONSE, "answer is not a JSON object");
        }
        return switch (CivilStatusResultCode.ofBody(answer)) {
            case SUCCESS -> registrations(answer);
            case NOT_FOUND -> throw failure(FailureKind.NOT_FOUND, "trangThai 01");
            case INVALID_REQUEST -> throw failure(FailureKind.REJECTED_REQUEST, "trangThai 02");
            case REGISTER_ERROR -> throw failure(FailureKind.REGISTER_ERROR, "trangThai 99");
            case UNKNOWN -> throw failure(FailureKind.MALFORMED_RESPONSE, "unknown trangThai");
        };
    }

    private static JsonNode registrations(JsonNode answer) {
        JsonNode duLieu = answer.path("duLieu");
        if (!duLieu.isObject()) {
            throw failure(FailureKind.MALFORMED_RESPONSE, "trangThai 00 without duLieu");
        }
        return duLieu;
    }

    private static UpstreamException failure(FailureKind kind, String detail) {
        return new UpstreamException(CivilStatusConnector.SYSTEM, kind, detail);
    }
}
