package vn.hanoi.gateway.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hanoi.gateway.testing.ProblemAssert.assertProblem;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.hanoi.gateway.routes.connector.Connectors;
import vn.hanoi.gateway.testing.GatewayHttp;

/**
 * What Prometheus scrapes from {@code /actuator/prometheus} with the ops key after a few lookups: every
 * {@code gateway.*} metric of {@code docs/operations.md}, and no personal data in any of them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureObservability
class OpsMetricsIT {

    private static final String CITIZEN = "001051409167";

    @LocalServerPort
    int port;

    @Autowired
    Connectors connectors;

    @Test
    void exposesEveryGatewayMetricAfterAFewLookups() {
        GatewayHttp http = new GatewayHttp(port);
        http.getAsOneStopShopUntil("/api/v1/citizens/" + CITIZEN,
                answer -> answer.headers().firstValue("X-Cache").filter("HIT"::equals).isPresent(), 5);
        http.getAsOneStopShop("/api/v1/enterprises/0110386356");
        http.getAsOneStopShop("/api/v1/social-insurance/2853501530");
        http.getAsOneStopShop("/api/v1/land-parcels/00124/21/279");
        http.getAsOneStopShop("/api/v1/citizens/12345");
        CircuitBreaker npsp = connectors.connector("npsp").breaker();
        npsp.transitionToForcedOpenState();
        npsp.transitionToClosedState();

        HttpResponse<String> scrape = http.get("/actuator/prometheus", "X-API-Key", GatewayHttp.OPS_KEY);

        assertThat(scrape.statusCode()).isEqualTo(200);
        List<String> lines = scrape.body().lines().filter(line -> !line.startsWith("#")).toList();
        assertSeries(lines, "gateway_connector_requests_seconds_bucket",
                "connector=\"population\"", "operation=\"lookup\"", "outcome=\"success\"", "le=");
        assertSeries(lines, "gateway_connector_requests_seconds_count", "connector=\"land\"", "operation=\"parcel\"");
        assertSeries(lines, "gateway_connector_calls_total", "connector=\"business\"", "outcome=\"success\"");
        assertSeries(lines, "gateway_connector_cache_total", "connector=\"population\"", "result=\"hit\"");
        assertSeries(lines, "gateway_connector_cache_total", "connector=\"population\"", "result=\"miss\"");
        assertSeries(lines, "gateway_connector_retries_total", "connector=\"insurance\"");
        assertSeries(lines, "gateway_connector_circuit_state", "connector=\"land\"", "state=\"closed\"");
        assertSeries(lines, "gateway_connector_circuit_transitions_total",
                "connector=\"npsp\"", "from=\"closed\"", "to=\"forced_open\"");
        assertSeries(lines, "gateway_connector_token_fetches_total", "connector=\"population\"");
        assertSeries(lines, "gateway_http_problems_total", "code=\"VALIDATION_FAILED\"", "status=\"400\"");
        for (String signal : List.of("gateway_outbox_depth", "gateway_outbox_oldest_age_seconds", "gateway_outbox_parked",
                "gateway_intake_lag_seconds", "gateway_audit_write_failures_total", "gateway_once_only_rate")) {
            assertSeries(lines, signal);
        }
        assertSeries(lines, "gateway_once_only_target");
        assertThat(lines).filteredOn(line -> line.startsWith("gateway_once_only_target")).singleElement()
                .satisfies(line -> assertThat(line).endsWith(" 0.8"));
        assertThat(scrape.body()).doesNotContain(CITIZEN).doesNotContain("0110386356");
    }

    @Test
    void takesTheOpsKeyAsAnApiKeyAuthorizationOnTheMetricsPathOnly() {
        GatewayHttp http = new GatewayHttp(port);
        assertThat(http.get("/actuator/prometheus", "Authorization", "ApiKey " + GatewayHttp.OPS_KEY).statusCode())
                .isEqualTo(200);
        assertProblem(http.get("/actuator/prometheus", "Authorization", "ApiKey " + GatewayHttp.ONE_STOP_KEY), 403,
                "FORBIDDEN");
        assertProblem(http.get("/actuator/prometheus", "Authorization", "ApiKey not-a-key"), 401, "UNAUTHENTICATED");
        assertProblem(http.get("/api/v1/ops/summary", "Authorization", "ApiKey " + GatewayHttp.OPS_KEY), 401,
                "UNAUTHENTICATED");
    }

    private static void assertSeries(List<String> lines, String name, String... labels) {
        assertThat(lines)
                .as("%s%s", name, Arrays.toString(labels))
                .anySatisfy(line -> {
                    assertThat(line).matches(name + "[{ ].*");
                    for (String label : labels) {
                        assertThat(line).contains(label);
                    }
                });
    }
}
