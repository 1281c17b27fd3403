package vn.hanoi.gateway.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.hanoi.gateway.routes.connector.Connectors;
import vn.hanoi.gateway.testing.GatewayHttp;

/** {@code /actuator/health} in sandbox mode: one component per national system, and probes that outlive an outage. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureObservability
class ConnectorsHealthIT {

    @LocalServerPort
    int port;

    @Autowired
    Connectors connectors;

    @Test
    void showsTheOpsClientEveryNationalSystemWithItsRecentActivity() {
        GatewayHttp http = new GatewayHttp(port);
        http.getAsOneStopShopUntil("/api/v1/citizens/001051409167", answer -> answer.statusCode() == 200, 5);

        JsonNode components = GatewayHttp.json(http.get("/actuator/health", "X-API-Key", GatewayHttp.OPS_KEY))
                .at("/components/connectors/components");

        List<String> systems = new ArrayList<>();
        components.fieldNames().forEachRemaining(systems::add);
        assertThat(systems).containsExactly("business", "civil-status", "command-centre", "document-axis", "insurance", "land",
                "npsp", "population");
        JsonNode population = components.get("population");
        assertThat(population.get("status").asText()).isEqualTo("UP");
        JsonNode details = population.get("details");
        assertThat(details.get("circuitState").asText()).isEqualTo("CLOSED");
        assertThat(details.get("window").asText()).isEqualTo("PT5M");
        assertThat(details.get("attempts").asInt()).isPositive();
        assertThat(details.get("errorRate").asDouble()).isBetween(0.0, 1.0);
        assertThat(details.get("p95LatencyMs").isIntegralNumber()).isTrue();
        assertThat(OffsetDateTime.parse(details.get("lastSuccess").asText()).getOffset().getTotalSeconds()).isEqualTo(7 * 3600);
    }

    @Test
    void anOpenCircuitIsDownForItsSystemWhileTheGatewayStaysReadyAndLive() {
        GatewayHttp http = new GatewayHttp(port);
        CircuitBreaker land = connectors.connector("land").breaker();
        land.transitionToForcedOpenState();
        try {
            HttpResponse<String> health = http.get("/actuator/health", "X-API-Key", GatewayHttp.OPS_KEY);
            JsonNode landHealth = GatewayHttp.json(health).at("/components/connectors/components/land");
            assertThat(landHealth.get("status").asText()).isEqualTo("DOWN");
            assertThat(landHealth.at("/details/circuitState").asText()).isEqualTo("FORCED_OPEN");
            assertThat(GatewayHttp.json(health).at("/components/connectors/components/population/status").asText())
                    .isEqualTo("UP");

            // Readiness also waits for the procedure catalogue's first read, a few seconds after start.
            HttpResponse<String> readiness = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                    .until(() -> http.get("/actuator/health/readiness"), answer -> answer.statusCode() == 200);
            assertThat(GatewayHttp.json(readiness).get("status").asText()).isEqualTo("UP");
            HttpResponse<String> liveness = http.get("/actuator/health/liveness");
            assertThat(liveness.statusCode()).isEqualTo(200);
            assertThat(GatewayHttp.json(liveness).get("status").asText()).isEqualTo("UP");
        } finally {
            land.transitionToClosedState();
        }
    }

    @Test
    void anyoneSeesTheStatusButOnlyTheOpsClientSeesTheConnectors() {
        GatewayHttp http = new GatewayHttp(port);
        JsonNode anonymous = GatewayHttp.json(http.get("/actuator/health"));
        assertThat(anonymous.get("status").asText()).isEqualTo("UP");
        assertThat(anonymous.has("components")).isFalse();
        assertThat(GatewayHttp.json(http.get("/actuator/health/connectors", "X-API-Key", GatewayHttp.ONE_STOP_KEY))
                .has("components")).isFalse();
    }
}
