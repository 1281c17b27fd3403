package vn.hanoi.gateway.openapi;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.List;
import java.util.Map;
import vn.hanoi.gateway.problem.ErrorCode;

/**
 * The actuator endpoints of the public contract, which springdoc does not see: health (anyone, details
 * for the ops client), liveness and readiness, and the Prometheus metrics (ops client only).
 */
final class ActuatorDocs {

    private static final String TAG = "Operations";

    private ActuatorDocs() {
    }

    /** {@code exampleConnector}: the connector the examples show (a register of this build). */
    static void addTo(OpenAPI openApi, String exampleConnector) {
        openApi.getComponents().addSchemas("Health", new ObjectSchema()
                .description("A health component: its status, and for the ops client its details and parts")
                .addProperty("status", new StringSchema()._enum(List.of("UP", "DOWN", "OUT_OF_SERVICE", "UNKNOWN")))
                .addProperty("details", new ObjectSchema().additionalProperties(true))
                .addProperty("components", new ObjectSchema().additionalProperties(new Schema<>().$ref("#/components/schemas/Health")))
                .required(List.of("status")));
        openApi.path("/actuator/health", new PathItem().get(health("health", "The gateway's health",
                "Anyone gets the status; the ops client also gets every component, among them `connectors` with "
                        + "one component per national system (circuit state, error rate and p95 latency over the "
                        + "recent window, last success and failure). An open circuit makes its connector, and so "
                        + "this status, DOWN: point orchestrators at the liveness and readiness groups.",
                opsExample(exampleConnector))));
        openApi.path("/actuator/health/liveness", new PathItem().get(health("liveness", "Liveness probe",
                "DOWN only when the gateway itself is broken: restart it.", Map.of("status", "UP"))));
        openApi.path("/actuator/health/readiness", new PathItem().get(health("readiness", "Readiness probe",
                "UP while the gateway can serve; stays UP while one national system is down.", Map.of("status", "UP"))));
        Operation prometheus = new Operation()
                .operationId("prometheus")
                .summary("Prometheus metrics")
                .description("Every gateway.* metric (docs/operations.md), for the ops client only.")
                .tags(List.of(TAG))
                .responses(new ApiResponses().addApiResponse("200", new ApiResponse()
                        .description("The metrics in the Prometheus text format")
                        .content(new Content().addMediaType("text/plain", new MediaType().schema(new StringSchema())
                                .example("gateway_connector_requests_seconds_count{connector=\"" + exampleConnector
                                        + "\",operation=\"lookup\",outcome=\"success\"} 12\n")))));
        ProblemDocs.add(prometheus, ErrorCode.UNAUTHENTICATED, ErrorCode.FORBIDDEN);
        openApi.path("/actuator/prometheus", new PathItem().get(prometheus));
    }

    private static Operation health(String id, String summary, String description, Object example) {
        Schema<?> health = new Schema<>().$ref("#/components/schemas/Health");
        Operation operation = new Operation()
                .operationId(id)
                .summary(summary)
                .description(description)
                .tags(List.of(TAG))
                .security(List.of())
                .responses(new ApiResponses()
                        .addApiResponse("200", new ApiResponse().description("UP").content(DocumentDocs.json(health, example)))
                        .addApiResponse("503", new ApiResponse().description("DOWN or OUT_OF_SERVICE")
                                .content(DocumentDocs.json(health, Map.of("status", "DOWN")))));
        // Public, but a credential that is sent and refused is refused here too.
        ProblemDocs.add(operation, ErrorCode.UNAUTHENTICATED);
        return operation;
    }

    private static Map<String, Object> opsExample(String connector) {
        Map<String, Object> component = Map.of("status", "UP", "details", Map.of(
                "circuitState", "CLOSED", "window", "PT5M", "attempts", 42, "failures", 1, "errorRate", 0.024,
                "p95LatencyMs", 180, "cacheHitRatio", 0.61, "staleAnswers", 0,
                "lastSuccess", "2026-11-28T08:10:00+07:00"));
        return Map.of("status", "UP", "components", Map.of(
                "connectors", Map.of("status", "UP", "components", Map.of(connector, component)),
                "livenessState", Map.of("status", "UP"),
                "readinessState", Map.of("status", "UP")));
    }
}
