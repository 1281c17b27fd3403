package vn.hanoi.gateway.contract;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

/**
 * Calls the running gateway over real HTTP as the one-stop-shop back end does: the sandbox client's
 * API key, the purpose of the lookup (dossier and officer) and its own correlation id.
 */
public final class GatewayCaller {

    public static final String API_KEY_HEADER = "X-API-Key";
    public static final String API_KEY = "sandbox-one-stop-key";
    public static final String DOSSIER_CODE = "H26.01-260115-0042";
    public static final String OFFICER_ID = "can.bo.mot-cua@hanoi";
    /**
     * The identifiers a contract test asks are its own, for no dossier: it reads under the purpose check's audited
     * override (the contract profile entitles the client to it), which the purpose-check ITs of the gateway test.
     */
    public static final String PURPOSE_OVERRIDE = "contract test of the register mapping";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final URI base;

    public GatewayCaller(int port) {
        this.base = URI.create("http://localhost:" + port);
    }

    /** A correlation id as a caller would send it: well-formed and new for each request. */
    public static String newCorrelationId() {
        return "one-stop-" + UUID.randomUUID();
    }

    public GatewayAnswer get(String path, String correlationId) {
        return send(HttpRequest.newBuilder(base.resolve(path))
                .header(API_KEY_HEADER, API_KEY)
                .header("X-Dossier-Code", DOSSIER_CODE)
                .header("X-Officer-Id", OFFICER_ID)
                .header("X-Purpose-Override", PURPOSE_OVERRIDE)
                .GET(), path, correlationId);
    }

    /** {@code POST path} without a body, as an operator's tool calls the ops API with its own key. */
    public GatewayAnswer postAsOperator(String path, String operatorKey, String correlationId) {
        return send(HttpRequest.newBuilder(base.resolve(path))
                .header(API_KEY_HEADER, operatorKey)
                .POST(HttpRequest.BodyPublishers.noBody()), path, correlationId);
    }

    private GatewayAnswer send(HttpRequest.Builder question, String path, String correlationId) {
        HttpRequest request = question
                .timeout(Duration.ofSeconds(10))
                .header("X-Correlation-Id", correlationId)
                .header("Accept", "application/json, application/problem+json")
                .build();
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
            return new GatewayAnswer(response.statusCode(), response.headers(),
                    JSON.readTree(response.body()), correlationId, elapsed);
        } catch (IOException failure) {
            throw new AssertionError("the gateway did not answer " + path + ": " + failure, failure);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while calling the gateway", interrupted);
        }
    }
}
