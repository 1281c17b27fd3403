package vn.hanoi.gateway.health;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import vn.hanoi.gateway.routes.connector.Connectors;
import vn.hanoi.gateway.sandbox.SandboxServers;
import vn.hanoi.gateway.testing.GatewayHttp;

/**
 * The sandbox gateway with one register through the national data-sharing platform, by configuration only
 * ({@code --gateway.connectors.population.transport=platform}, as from the command line): its simulator relays to
 * the population simulator, the answer is the canonical fixture, the platform has its own health component and
 * metrics, and a platform outage leaves the registers configured {@code direct} (business here) and their breakers
 * alone. Its own context: it stops the platform's simulator last.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "gateway.connectors.population.transport=platform",
        "gateway.connectors.population.retry.max-attempts=1"})
@DirtiesContext
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PlatformTransportIT {

    private static final String CITIZEN = "001051409167";
    private static final Path CANONICAL = Path.of("..", "fixtures", "population", "canonical");

    @LocalServerPort
    int port;

    @Autowired
    SandboxServers simulators;

    @Autowired
    Connectors connectors;

    @Autowired
    MeterRegistry meters;

    @Test
    @Order(1)
    void aCitizenThroughThePlatformIsTheCanonicalFixtureAndThePlatformShowsItsOwnHealthAndMetrics() throws IOException {
        GatewayHttp http = new GatewayHttp(port);

        HttpResponse<String> answer = http.getAsOneStopShopUntil("/api/v1/citizens/" + CITIZEN,
                response -> response.statusCode() == 200, 5);

        assertThat(GatewayHttp.json(answer)).isEqualTo(new ObjectMapper().readTree(
                Files.readString(CANONICAL.resolve(CITIZEN + ".json"))));
        JsonNode platform = GatewayHttp.json(http.get("/actuator/health", "X-API-Key", GatewayHttp.OPS_KEY))
                .at("/components/platform");
        assertThat(platform.get("status").asText()).isEqualTo("UP");
        assertThat(platform.at("/details/registers/population").asText()).isEqualTo("BCA.DANCU");
        assertThat(platform.at("/details/registers").has("business")).isFalse();
        assertThat(platform.at("/details/lastRelayed/provider").asText()).isEqualTo("BCA.DANCU");
        assertThat(meters.get("gateway.platform.calls").tag("provider", "BCA.DANCU").tag("outcome", "relayed")
                .counter().count()).isPositive();
        assertThat(meters.get("gateway.platform.latency").tag("provider", "BCA.DANCU").timer().count()).isPositive();
    }

    @Test
    @Order(2)
    void theAuditRecordOfAnAccessNamesTheTransportAndTheChainStillVerifies() {
        GatewayHttp http = new GatewayHttp(port);
        http.getAsOneStopShopUntil("/api/v1/citizens/" + CITIZEN, response -> response.statusCode() == 200, 5);
        http.getAsOneStopShopUntil("/api/v1/enterprises/0110386356", response -> response.statusCode() == 200, 5);

        JsonNode accesses = GatewayHttp.json(http.get("/api/v1/audit/subjects/" + CITIZEN + "/accesses",
                "X-API-Key", "sandbox-auditor-key"));

        assertThat(accesses.findValuesAsText("transport")).isNotEmpty().containsOnly("platform");
        assertThat(GatewayHttp.json(http.get("/api/v1/audit/verify", "X-API-Key", "sandbox-auditor-key"))
                .get("valid").asBoolean()).isTrue();
    }

    @Test
    @Order(3)
    void aProviderThePlatformRefusesUsIsUpstreamErrorAndShowsOnThePlatformsHealth() {
        GatewayHttp http = new GatewayHttp(port).registerDossier("SANDBOX.PLATFORM.403-261201-0001", "001066246367");

        HttpResponse<String> answer = http.getWithPurpose("/api/v1/citizens/001066246367", "X-API-Key", GatewayHttp.ONE_STOP_KEY);

        assertThat(answer.statusCode()).isEqualTo(502);
        assertThat(GatewayHttp.json(answer).get("code").asText()).isEqualTo("UPSTREAM_ERROR");
        JsonNode platform = GatewayHttp.json(new GatewayHttp(port).get("/actuator/health", "X-API-Key", GatewayHttp.OPS_KEY))
                .at("/components/platform");
        assertThat(platform.at("/details/refusedProviders/BCA.DANCU").asText()).isEqualTo("SERVICE_NOT_PERMITTED");
        assertThat(meters.get("gateway.platform.errors").tag("errorCode", "SERVICE_NOT_PERMITTED").counter().count())
                .isEqualTo(1.0);
        assertThat(connectors.connector("population").breaker().getMetrics().getNumberOfFailedCalls()).isZero();
    }

    @Test
    @Order(4)
    void aPlatformOutageIsThePlatformsAndLeavesADirectRegisterAndItsBreakerAlone() {
        GatewayHttp http = new GatewayHttp(port);
        simulators.stop("platform");

        HttpResponse<String> throughPlatform = http.getAsOneStopShop("/api/v1/citizens/001078992870");
        HttpResponse<String> direct = http.getAsOneStopShopUntil("/api/v1/enterprises/0110386356",
                response -> response.statusCode() == 200, 5);

        assertThat(throughPlatform.statusCode()).isIn(502, 503, 504);
        assertThat(direct.statusCode()).isEqualTo(200);
        assertThat(connectors.connector("business").breaker().getState()).isEqualTo(CircuitBreaker.State.CLOSED);
        assertThat(connectors.connector("business").breaker().getMetrics().getNumberOfFailedCalls()).isZero();
        JsonNode health = GatewayHttp.json(http.get("/actuator/health", "X-API-Key", GatewayHttp.OPS_KEY));
        assertThat(health.at("/components/platform/status").asText()).isEqualTo("DOWN");
        assertThat(health.at("/components/platform/details/lastFailure/error").asText()).isIn("IO", "token: IO");
        assertThat(health.at("/components/connectors/components/business/status").asText()).isEqualTo("UP");
    }
}
