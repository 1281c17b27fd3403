package vn.hanoi.gateway.health;

import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Status;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import vn.hanoi.gateway.routes.connector.Connectors;
import vn.hanoi.gateway.routes.connector.Platform;
import vn.hanoi.gateway.routes.connector.PlatformProperties;
import vn.hanoi.gateway.testing.TestConnectors;

/**
 * Idle connectors probed: a live register (TCP connect, or any HTTP answer from its token endpoint) shows UP with
 * its probe, a dead one DOWN, and the probe never reaches the register's own service endpoint.
 */
class ConnectorProbesTest {

    private final WireMockServer live = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
    private ConnectorStatuses statuses;
    private ConnectorProbes probes;

    @BeforeEach
    void connectors() throws IOException {
        live.start();
        live.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(405)));
        int dead = freePortNobodyListensOn();
        Connectors connectors = TestConnectors.of(Map.of(
                "population.base-url", live.baseUrl() + "/dan-cu/service",
                "insurance.base-url", live.baseUrl() + "/bhxh/api",
                "land.base-url", "http://127.0.0.1:" + dead + "/dat-dai"));
        ProbeSettings settings = new ProbeSettings(true, Duration.ofSeconds(15), Duration.ofMinutes(1), Duration.ofSeconds(5),
                Map.of("insurance", new ProbeSettings.Probe(ProbeSettings.Kind.HTTP, URI.create(live.baseUrl() + "/bhxh/oauth/token"))));
        probes = new ConnectorProbes(connectors, new Platform(new PlatformProperties(), new SimpleMeterRegistry(),
                Clock.systemUTC()), settings, Clock.systemUTC());
        statuses = new ConnectorStatuses(connectors, probes);
    }

    @AfterEach
    void stop() {
        live.stop();
    }

    @Test
    void beforeAnyProbeAQuietConnectorShowsNoProbeAndItsCircuitDecides() {
        assertThat(statuses.of("land").orElseThrow().probe()).isNull();
        assertThat(ConnectorsHealth.health(statuses.of("land").orElseThrow()).getStatus()).isEqualTo(Status.UP);
    }

    @Test
    void anIdleDeadRegisterIsDownAndAnIdleLiveOneUpWithoutAnyCallToItsServices() {
        probes.probeIdle();

        ConnectorStatus land = statuses.of("land").orElseThrow();
        assertThat(land.probe().reachable()).isFalse();
        assertThat(land.probe().kind()).isEqualTo("TCP");
        assertThat(land.probe().failure()).isEqualTo("ConnectException");
        assertThat(ConnectorsHealth.health(land).getStatus()).isEqualTo(Status.DOWN);
        assertThat(ConnectorsHealth.health(land).getDetails()).containsKey("probe");

        ConnectorStatus population = statuses.of("population").orElseThrow();
        assertThat(population.probe().reachable()).isTrue();
        assertThat(ConnectorsHealth.health(population).getStatus()).isEqualTo(Status.UP);

        ConnectorStatus insurance = statuses.of("insurance").orElseThrow();
        assertThat(insurance.probe().kind()).isEqualTo("HTTP");
        assertThat(insurance.probe().reachable()).as("any HTTP answer, a 405 too, is a register that is there: %s", insurance.probe().failure()).isTrue();

        assertThat(live.getAllServeEvents()).extracting(event -> event.getRequest().getMethod().value() + " "
                + event.getRequest().getUrl()).containsExactly("HEAD /bhxh/oauth/token");
        assertThat(live.getAllServeEvents()).map(ServeEvent::getRequest)
                .noneMatch(request -> request.getUrl().startsWith("/dan-cu/service") || request.getUrl().startsWith("/bhxh/api"));
    }

    private static int freePortNobodyListensOn() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
