package vn.hanoi.gateway.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import java.time.Duration;
import java.util.List;
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

/**
 * The running gateway, its simulators off, each of its four register connectors pointed at the named
 * WireMock server that plays the register from {@code wiremock/<system>/}. Every test class with this
 * configuration (and no more) shares one gateway: Spring caches the context. Timings are short enough for
 * failure paths to run fast, and long enough (seconds) that a busy machine does not turn an answer into a
 * timeout; the breakers' window is too large to trip unless a test class says otherwise.
 * Every test starts with closed breakers (as in the Resilience4j demo) and ends by checking that each
 * request the registers received kept their contracts and carried no caller credential. The gateway's
 * cache outlives a test, so every scenario has an identifier of its own, and no two tests of a gateway
 * look up the same record the same way.
 *
 * <p>The first lookup of a new gateway loads CXF, JAXB and the HTTP clients, which on a busy machine can
 * take longer than these short timings allow: so a gateway first answers a not-found lookup from each
 * register a test class asks (retried until it does), and the register forgets it before the test starts.
 */
@SpringBootTest(classes = GatewayApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"sandbox", "contract"})
@TestPropertySource(properties = {
        "gateway.sandbox.enabled=false",
        // Not asked here; the gateway refuses to start without them.
        "gateway.connectors.npsp.base-url=http://127.0.0.1:9",
        "gateway.connector-defaults.connect-timeout=500ms",
        "gateway.connector-defaults.attempt-timeout=" + AbstractContractIT.ATTEMPT_TIMEOUT_MILLIS + "ms",
        "gateway.connector-defaults.retry-after=" + AbstractContractIT.RETRY_AFTER_SECONDS + "s",
        "gateway.connector-defaults.retry.max-attempts=" + AbstractContractIT.MAX_ATTEMPTS,
        "gateway.connector-defaults.retry.initial-backoff=20ms",
        "gateway.connector-defaults.circuit-breaker.sliding-window-size=1000",
        "gateway.connector-defaults.circuit-breaker.minimum-number-of-calls=1000",
        // Stated for each connector: land states its own in application.yml.
        "gateway.connectors.population.deadline=" + AbstractContractIT.DEADLINE_MILLIS + "ms",
        "gateway.connectors.business.deadline=" + AbstractContractIT.BUSINESS_DEADLINE_MILLIS + "ms",
        "gateway.connectors.insurance.deadline=" + AbstractContractIT.DEADLINE_MILLIS + "ms",
        "gateway.connectors.land.deadline=" + AbstractContractIT.DEADLINE_MILLIS + "ms",
        "gateway.connectors.civil-status.deadline=" + AbstractContractIT.DEADLINE_MILLIS + "ms",
})
@EnableWireMock({
        @ConfigureWireMock(name = AbstractContractIT.POPULATION, filesUnderClasspath = "wiremock",
                baseUrlProperties = "gateway.connectors.population.base-url"),
        @ConfigureWireMock(name = AbstractContractIT.BUSINESS, filesUnderClasspath = "wiremock",
                baseUrlProperties = "gateway.connectors.business.base-url"),
        @ConfigureWireMock(name = AbstractContractIT.INSURANCE, filesUnderClasspath = "wiremock",
                baseUrlProperties = "gateway.connectors.insurance.base-url"),
        @ConfigureWireMock(name = AbstractContractIT.LAND, filesUnderClasspath = "wiremock",
                baseUrlProperties = "gateway.connectors.land.base-url"),
        @ConfigureWireMock(name = AbstractContractIT.CIVIL_STATUS, filesUnderClasspath = "wiremock",
                baseUrlProperties = "gateway.connectors.civil-status.base-url"),
})
public abstract class AbstractContractIT {

    static final String POPULATION = "population";
    static final String BUSINESS = "business";
    static final String INSURANCE = "insurance";
    static final String LAND = "land";
    static final String CIVIL_STATUS = "civil-status";

    protected static final long ATTEMPT_TIMEOUT_MILLIS = 2000;
    protected static final long DEADLINE_MILLIS = 2500;
    protected static final Duration DEADLINE = Duration.ofMillis(DEADLINE_MILLIS);
    /**
     * The business register's {@code Retry-After} counts whole seconds: its deadline leaves room for a wait
     * of one second and the call after it, however slow the first call was on a busy machine.
     */
    protected static final long BUSINESS_DEADLINE_MILLIS = 4000;
    protected static final Duration BUSINESS_DEADLINE = Duration.ofMillis(BUSINESS_DEADLINE_MILLIS);
    /** How much later than its deadline a caller may get its answer on a busy machine. */
    protected static final Duration DEADLINE_MARGIN = Duration.ofMillis(3000);
    protected static final int MAX_ATTEMPTS = 3;
    protected static final long RETRY_AFTER_SECONDS = 30;
    protected static final Duration RETRY_AFTER = Duration.ofSeconds(RETRY_AFTER_SECONDS);

    /** The registers each gateway (by its port) has warmed up with. */
    private static final Set<String> WARMED_UP = ConcurrentHashMap.newKeySet();
    private static final int WARM_UP_TRIES = 10;

    @InjectWireMock(POPULATION)
    private WireMockServer population;
    @InjectWireMock(BUSINESS)
    private WireMockServer business;
    @InjectWireMock(INSURANCE)
    private WireMockServer insurance;
    @InjectWireMock(LAND)
    private WireMockServer land;
    @InjectWireMock(CIVIL_STATUS)
    private WireMockServer civilStatus;

    @Autowired
    protected CircuitBreakerRegistry circuitBreakers;

    @LocalServerPort
    private int port;

    /** The registers this class's tests ask: the gateway warms up with each before its first test of it. */
    protected abstract List<Register> registers();

    /** Whether a gateway answers a lookup from each register before its first test of it; see the class comment. */
    protected boolean warmsUpFirst() {
        return true;
    }

    @BeforeEach
    void startFromAWarmGatewayWithClosedBreakers() {
        if (warmsUpFirst()) {
            registers().stream()
                    .filter(register -> WARMED_UP.add(port + "/" + register.system()))
                    .forEach(this::warmUp);
        }
        circuitBreakers.getAllCircuitBreakers().forEach(CircuitBreaker::reset);
    }

    private void warmUp(Register register) {
        for (int tries = 0; tries < WARM_UP_TRIES; tries++) {
            if (lookUp(register, register.notFound()).status() == 404) {
                break;
            }
        }
        upstream(register).resetRequests();
    }

    @AfterEach
    void everyRequestTheRegistersReceivedKeptTheirContract() {
        for (WireMockServer server : List.of(population, business, insurance, land, civilStatus)) {
            for (ServeEvent event : server.getAllServeEvents()) {
                String request = event.getRequest().getMethod() + " " + event.getRequest().getUrl();
                assertThat(event.getRequest().containsHeader(GatewayCaller.API_KEY_HEADER))
                        .as("%s must not carry the caller's API key", request).isFalse();
                assertThat(event.getWasMatched()).as("%s matched no stub", request).isTrue();
                assertThat(event.getStubMapping().getName())
                        .as("%s is outside the register's contract:%n%s", request, event.getRequest())
                        .isNotEqualTo(Register.OUTSIDE_CONTRACT_STUB);
            }
        }
    }

    /** The WireMock server that plays this register. */
    protected final WireMockServer upstream(Register register) {
        return switch (register.system()) {
            case POPULATION -> population;
            case BUSINESS -> business;
            case INSURANCE -> insurance;
            case LAND -> land;
            case CIVIL_STATUS -> civilStatus;
            default -> throw new IllegalArgumentException("no WireMock server plays " + register);
        };
    }

    /** A lookup of the record as the one-stop shop asks for it, with a new correlation id. */
    protected final GatewayAnswer lookUp(Register register, String identifier) {
        return get(register.lookupPath(identifier), GatewayCaller.newCorrelationId());
    }

    /** {@code GET path} as the one-stop shop calls it. */
    protected final GatewayAnswer get(String path, String correlationId) {
        return new GatewayCaller(port).get(path, correlationId);
    }

    protected final int serviceCallsFor(Register register, String identifier) {
        return upstream(register).findAll(register.serviceCallsFor(identifier)).size();
    }
}
