package vn.hanoi.gateway.contract.population;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.wiremock.spring.ConfigureWireMock;
import org.wiremock.spring.EnableWireMock;
import org.wiremock.spring.InjectWireMock;
import vn.hanoi.gateway.GatewayApplication;
import vn.hanoi.gateway.contract.GatewayAnswer;
import vn.hanoi.gateway.contract.GatewayCaller;

/**
 * The running gateway, its simulators off, its population connector pointed at the named WireMock
 * server that plays the register from {@code wiremock/population/}. Timings are short so that failure
 * paths run fast; the breaker's window is too large to trip unless a test class says otherwise. Every
 * test starts with closed breakers (as in the Resilience4j demo) and ends by checking that each request
 * the register received kept the contract and carried no caller credential.
 *
 * <p>The first lookup of a new gateway loads CXF, JAXB and the HTTP clients, which on a busy machine can
 * take longer than these short timings allow: so each new gateway first answers a not-found lookup
 * (retried until it does), and the register forgets it before the test starts.
 */
@SpringBootTest(classes = GatewayApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"sandbox", "contract"})
@TestPropertySource(properties = {
        "gateway.sandbox.enabled=false",
        "gateway.connectors.population.connect-timeout=500ms",
        "gateway.connectors.population.deadline=" + AbstractPopulationIT.DEADLINE_MILLIS + "ms",
        "gateway.connectors.population.attempt-timeout=700ms",
        "gateway.connectors.population.retry-after=" + AbstractPopulationIT.RETRY_AFTER_SECONDS + "s",
        "gateway.connectors.population.retry.max-attempts=" + AbstractPopulationIT.MAX_ATTEMPTS,
        "gateway.connectors.population.retry.initial-backoff=20ms",
        "gateway.connectors.population.circuit-breaker.sliding-window-size=1000",
        "gateway.connectors.population.circuit-breaker.minimum-number-of-calls=1000",
})
@EnableWireMock(@ConfigureWireMock(
        name = PopulationRegister.SYSTEM,
        baseUrlProperties = "gateway.connectors.population.base-url",
        filesUnderClasspath = "wiremock"))
abstract class AbstractPopulationIT {

    static final long DEADLINE_MILLIS = 1500;
    static final Duration DEADLINE = Duration.ofMillis(DEADLINE_MILLIS);
    static final int MAX_ATTEMPTS = 3;
    static final long RETRY_AFTER_SECONDS = 30;
    static final Duration RETRY_AFTER = Duration.ofSeconds(RETRY_AFTER_SECONDS);

    private static final Set<WireMockServer> WARMED_UP = ConcurrentHashMap.newKeySet();
    private static final int WARM_UP_TRIES = 10;

    @InjectWireMock(PopulationRegister.SYSTEM)
    WireMockServer register;

    @Autowired
    CircuitBreakerRegistry circuitBreakers;

    @LocalServerPort
    int port;

    @BeforeEach
    void startFromAWarmGatewayWithClosedBreakers() {
        if (warmsUpFirst() && WARMED_UP.add(register)) {
            warmUp();
        }
        circuitBreakers.getAllCircuitBreakers().forEach(CircuitBreaker::reset);
    }

    private void warmUp() {
        for (int tries = 0; tries < WARM_UP_TRIES; tries++) {
            if (lookUp(PopulationRegister.NOT_FOUND).status() == 404) {
                break;
            }
        }
        register.resetRequests();
    }

    /** Whether a new gateway answers a lookup before its first test; see the class comment. */
    boolean warmsUpFirst() {
        return true;
    }

    @AfterEach
    void everyRequestTheRegisterReceivedKeptTheContract() {
        for (ServeEvent event : register.getAllServeEvents()) {
            String request = event.getRequest().getMethod() + " " + event.getRequest().getUrl();
            assertThat(event.getRequest().containsHeader(GatewayCaller.API_KEY_HEADER))
                    .as("%s must not carry the caller's API key", request).isFalse();
            assertThat(event.getWasMatched()).as("%s matched no stub", request).isTrue();
            assertThat(event.getStubMapping().getName())
                    .as("%s is outside the register's contract:%n%s", request, event.getRequest())
                    .isNotEqualTo(PopulationRegister.OUTSIDE_CONTRACT_STUB);
        }
    }

    /** {@code GET /api/v1/citizens/{personalId}} as the one-stop shop calls it, with a new correlation id. */
    GatewayAnswer lookUp(String personalId) {
        return lookUp(personalId, GatewayCaller.newCorrelationId());
    }

    GatewayAnswer lookUp(String personalId, String correlationId) {
        return new GatewayCaller(port).get("/api/v1/citizens/" + personalId, correlationId);
    }

    int serviceCallsFor(String personalId) {
        return register.findAll(PopulationRegister.serviceCallsFor(personalId)).size();
    }
}
