package vn.hanoi.gateway.routes.npsp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Objects;
import vn.hanoi.gateway.routes.connector.ConnectorMetrics;
import vn.hanoi.gateway.routes.connector.ConnectorProperties;
import vn.hanoi.gateway.routes.connector.FailureKind;
import vn.hanoi.gateway.routes.connector.UpstreamException;

/** The portal session: opened at {@code /api/auth} when first needed, kept until the portal says it is invalid. */
final class NpspSession {

    private final HttpClient http;
    private final ConnectorProperties properties;
    private final ConnectorMetrics metrics;
    private final ObjectMapper json = new ObjectMapper();
    private String current;

    NpspSession(HttpClient http, ConnectorProperties properties, ConnectorMetrics metrics) {
        this.http = http;
        this.properties = properties;
        this.metrics = metrics;
    }

    synchronized String session(Duration timeout) {
        if (current == null) {
            current = login(timeout);
            metrics.tokenFetched();
        }
        return current;
    }

    synchronized void invalidate(String rejected) {
        if (Objects.equals(current, rejected)) {
            current = null;
        }
    }

    private String login(Duration timeout) {
        String body = json.createObjectNode()
                .put("username", properties.getUsername())
                .put("password", properties.getPassword()).toString();
        HttpRequest request = HttpRequest.newBuilder(URI.create(properties.getBaseUrl() + "/api/auth"))
                .timeout(NpspClient.positive(timeout))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        JsonNode answer = NpspClient.answerOf(NpspClient.send(http, request, properties.getMaxResponseSize()), "login");
        String code = answer.path("error_code").asText("");
        String session = answer.path("session").asText("");
        if ("00".equals(code) && !session.isBlank()) {
            return session;
        }
        throw switch (code) {
            case "01", "03" -> new UpstreamException(NpspConnector.SYSTEM, FailureKind.UNAUTHORIZED, "login refused");
            case "99" -> new UpstreamException(NpspConnector.SYSTEM, FailureKind.REGISTER_ERROR, "login error_code 99");
            default -> new UpstreamException(NpspConnector.SYSTEM, FailureKind.MALFORMED_RESPONSE, "login without a session");
        };
    }
}
