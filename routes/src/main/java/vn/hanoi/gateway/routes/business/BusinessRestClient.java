package vn.hanoi.gateway.routes.business;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.springframework.util.unit.DataSize;
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
 * One {@code GET /api/v1/doanh-nghiep/{msdn}} with the bearer token: the register's JSON record, or the
 * classified failure (its HTTP 404 is {@link FailureKind#NOT_FOUND}, a 429 keeps its {@code Retry-After}).
 */
final class BusinessRestClient implements Upstream<JsonNode> {

    private static final String SERVICE = "/api/v1/doanh-nghiep/";
    /** Every record of the register names its enterprise code ({@code business.md}). */
    private static final String ENTERPRISE_CODE = "MaSoDoanhNghiep";

    private final HttpClient http;
    private final String serviceUrl;
    private final Transport transport;
    private final DataSize maxResponseSize;
    private final ObjectMapper json = new ObjectMapper();

    BusinessRestClient(HttpClient http, ConnectorProperties properties, Transport transport) {
        this.http = http;
        this.serviceUrl = transport.address(SERVICE);
        this.transport = transport;
        this.maxResponseSize = properties.getMaxResponseSize();
    }

    /** {@code request.key()} is a well-formed enterprise code in the register's spelling ({@code 0101234567-001}). */
    @Override
    public JsonNode fetch(LookupRequest request, Deadline deadline, Duration attemptTimeout) {
        return transport.authenticated(request, deadline, headers -> call(request, headers, deadline.cap(attemptTimeout)));
    }

    private JsonNode call(LookupRequest request, Map<String, String> authorization, Duration timeout) {
        if (timeout.isZero()) {
            throw failure(FailureKind.TIMEOUT, "deadline reached before the call");
        }
        HttpResponse<String> answer = send(question(request, authorization, timeout));
        HttpFailures.requireSuccess(BusinessConnector.SYSTEM, answer.statusCode(), answer.headers(), "service");
        return record(answer.body());
    }

    /** The caller's headers are never forwarded: only the transport's authorisation and the correlation id go upstream. */
    private HttpRequest question(LookupRequest request, Map<String, String> authorization, Duration timeout) {
        HttpRequest.Builder question = HttpRequest.newBuilder(URI.create(serviceUrl + request.key()))
                .timeout(timeout)
                .header("Accept", "application/json")
                .header("X-Correlation-Id", request.correlationId())
                .GET();
        authorization.forEach(question::header);
        return question.build();
    }

    private HttpResponse<String> send(HttpRequest question) {
        return HttpCalls.send(BusinessConnector.SYSTEM, http, question, maxResponseSize);
    }

    private JsonNode record(String body) {
        JsonNode record;
        try {
            record = json.readTree(body);
        } catch (JsonProcessingException unreadable) {
            // Not kept as the cause: the parser's message quotes the body, which may hold personal data.
            throw failure(FailureKind.MALFORMED_RESPONSE, "unreadable JSON");
        }
        if (record == null || !record.isObject()) {
            throw failure(FailureKind.MALFORMED_RESPONSE, "the record is not a JSON object");
        }
        if (record.path(ENTERPRISE_CODE).asText("").isBlank()) {
            // JSON of another shape (a proxy's or another service's answer) would map to a record of nulls.
            throw failure(FailureKind.MALFORMED_RESPONSE, "the record has no " + ENTERPRISE_CODE);
        }
        return record;
    }

    private static UpstreamException failure(FailureKind kind, String detail) {
        return new UpstreamException(BusinessConnector.SYSTEM, kind, detail);
    }
}
