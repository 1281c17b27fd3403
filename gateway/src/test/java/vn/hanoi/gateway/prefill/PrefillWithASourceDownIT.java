package vn.hanoi.gateway.prefill;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.hanoi.gateway.testing.GatewayHttp;
import vn.hanoi.gateway.testing.PrefillCalls;

/**
 * With the insurance register down (nothing listens at its address) and the land register never answering (it
 * accepts the connection and says nothing), prefill still answers within its deadline: those sources' components
 * {@code UNAVAILABLE}, every other component answered by the simulators that are up. The civil-status register is
 * down too: a birth or marriage certificate falls back to the warehouse, and is {@code UNAVAILABLE}
 * ({@code source: civil-status}) only when the warehouse holds nothing current.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "gateway.prefill.deadline=2s")
class PrefillWithASourceDownIT {

    private static final Duration DEADLINE = Duration.ofSeconds(2);
    private static final Duration SLACK = Duration.ofMillis(2500);
    private static final ServerSocket SILENT_LAND = listenWithoutAnswering();
    private static final int CLOSED_PORT = closedPort();

    @LocalServerPort
    int port;

    private GatewayHttp http;
    private PrefillCalls calls;

    @DynamicPropertySource
    static void pointThreeRegistersAtNothing(DynamicPropertyRegistry registry) {
        registry.add("gateway.connectors.insurance.base-url", () -> "http://127.0.0.1:" + CLOSED_PORT);
        registry.add("gateway.connectors.civil-status.base-url", () -> "http://127.0.0.1:" + CLOSED_PORT);
        registry.add("gateway.connectors.land.base-url", () -> "http://127.0.0.1:" + SILENT_LAND.getLocalPort());
    }

    @AfterAll
    static void closeTheSilentRegister() throws IOException {
        SILENT_LAND.close();
    }

    @BeforeEach
    void synchroniseTheCatalogueAndWarmThePopulationConnector() {
        http = new GatewayHttp(port);
        calls = new PrefillCalls(http);
        calls.synchroniseCatalogue();
        for (String id : new String[] {"001300973597", "031204407711"}) {
            assertThat(http.getAsOneStopShop("/api/v1/citizens/" + id).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void anInsuranceRegisterThatIsDownMakesOnlyItsComponentsUnavailable() {
        long started = System.nanoTime();
        JsonNode answer = calls.prefill(PrefillCalls.body("9.000005", "FX.DOWN-261128-0001", "CITIZEN", "001300973597"));
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(statuses(answer)).containsExactly(
                Map.entry("TP01", "MISSING"), Map.entry("TP02", "UNAVAILABLE"), Map.entry("TP03", "FULFILLED"));
        assertThat(answer.at("/items/1/evidence").isNull()).isTrue();
        assertThat(answer.at("/items/1/retrievedAt").isNull()).isTrue();
        assertThat(answer.at("/items/2/evidence/personalId").asText()).isEqualTo("001300973597");
        assertThat(answer.at("/summary/unavailable").asInt()).isEqualTo(1);
        assertThat(took).isLessThan(DEADLINE.plus(SLACK));
    }

    @Test
    void aLandRegisterThatNeverAnswersIsCutAtThePrefillDeadline() {
        long started = System.nanoTime();
        JsonNode answer = calls.prefill(PrefillCalls.withParcel(
                PrefillCalls.body("9.000006", "FX.DOWN-261128-0002", "CITIZEN", "001300973597"), "10084", "52", "134"));
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(statuses(answer)).containsExactly(Map.entry("TP01", "MISSING"), Map.entry("TP02", "UNAVAILABLE"),
                Map.entry("TP03", "FULFILLED"), Map.entry("TP04", "MISSING"));
        assertThat(took).isLessThan(DEADLINE.plus(SLACK));
    }

    @Test
    void sourcesThatAreUpAnswerInFull() {
        JsonNode answer = calls.prefill(PrefillCalls.body("9.000001", "FX.DOWN-261128-0003", "CITIZEN", "031204407711"));

        assertThat(statuses(answer)).containsExactly(Map.entry("TP01", "MISSING"), Map.entry("TP02", "MISSING"),
                Map.entry("TP03", "FULFILLED"), Map.entry("TP04", "FULFILLED"));
        // The civil-status register (down here) would have answered TP04; the warehouse holds it, so it is fulfilled.
        assertThat(answer.at("/items/3/source").asText()).isEqualTo("warehouse");
        assertThat(answer.at("/items/3/evidence/documentId").asText()).isEqualTo("WH-006-1");
    }

    @Test
    void withTheCivilStatusRegisterDownAMarriageCertificateTheWarehouseLacksIsUnavailableFromCivilStatus() {
        JsonNode answer = calls.prefill(PrefillCalls.body("9.000001", "FX.DOWN-261128-0005", "CITIZEN", "001300973597"));

        assertThat(statuses(answer)).containsExactly(Map.entry("TP01", "MISSING"), Map.entry("TP02", "MISSING"),
                Map.entry("TP03", "FULFILLED"), Map.entry("TP04", "UNAVAILABLE"));
        assertThat(answer.at("/items/3/source").asText()).isEqualTo("civil-status");
        assertThat(answer.at("/items/3/evidence").isNull()).isTrue();
        assertThat(answer.at("/summary/unavailable").asInt()).isEqualTo(1);
    }

    private static Map<String, String> statuses(JsonNode answer) {
        Map<String, String> statuses = new LinkedHashMap<>();
        answer.path("items").forEach(item -> statuses.put(item.path("componentCode").asText(),
                item.path("status").asText()));
        return statuses;
    }

    private static ServerSocket listenWithoutAnswering() {
        try {
            return new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int closedPort() {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return probe.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
