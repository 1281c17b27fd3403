package vn.hanoi.gateway.contract.faults;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.wiremock.spring.ConfigureWireMock;
import org.wiremock.spring.EnableWireMock;
import org.wiremock.spring.InjectWireMock;
import vn.hanoi.gateway.GatewayApplication;
import vn.hanoi.gateway.contract.GatewayAnswer;
import vn.hanoi.gateway.contract.GatewayCaller;
import vn.hanoi.gateway.routes.registers.Registers;

/**
 * The portal (npsp) misbehaving in each way of {@link UpstreamFault}, on the call an operator can make
 * happen: the catalogue synchronisation ({@code POST /api/v1/ops/procedures/sync}, {@code LayDanhSachTTHC}).
 * The outbox and the intake make their calls through the same connector and client (one attempt each: their
 * jobs retry); their own behaviour under failure is held by the gateway's dossier tests. The token endpoint's
 * faults are the login's ({@code /api/auth}), after the portal said the session expired ({@code 03}).
 */
@SpringBootTest(classes = GatewayApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"sandbox", "contract"})
@TestPropertySource(properties = {
        "gateway.sandbox.enabled=false",
        "gateway.connectors.npsp.deadline=" + FaultMatrixTimings.DEADLINE_MILLIS + "ms",
        "gateway.connectors.npsp.attempt-timeout=" + FaultMatrixTimings.DEADLINE_MILLIS + "ms",
        "gateway.connectors.npsp.retry-after=30s",
        "gateway.connectors.npsp.max-response-size=" + FaultMatrixTimings.MAX_RESPONSE_MEGABYTES + "MB",
        "gateway.connectors.npsp.circuit-breaker.sliding-window-size=1000",
        "gateway.connectors.npsp.circuit-breaker.minimum-number-of-calls=1000",
})
@EnableWireMock(@ConfigureWireMock(name = PortalFaultsIT.NPSP, baseUrlProperties = "gateway.connectors.npsp.base-url"))
class PortalFaultsIT {

    static final String NPSP = "npsp";

    /** The gateway refuses to start without every register's base URL: none is asked here. */
    @DynamicPropertySource
    static void registersPointNowhere(DynamicPropertyRegistry registry) {
        Registers.scan().names().forEach(register ->
                registry.add("gateway.connectors." + register + ".base-url", () -> "http://127.0.0.1:9"));
    }
    private static final String OPS_KEY = "sandbox-ops-key";
    private static final String INTEGRATION = "/api/integration";
    private static final String CATALOGUE_LIST = "LayDanhSachTTHC";
    private static final Duration RETRY_AFTER = Duration.ofSeconds(30);
    private static final Duration MARGIN = Duration.ofSeconds(3);
    private static final NativeRecord EMPTY_CATALOGUE = new NativeRecord(NPSP,
            "{\"error_code\": \"00\", \"message\": \"Thành công\", \"result\": []}", "application/json; charset=utf-8", false);

    @InjectWireMock(NPSP)
    private WireMockServer portal;

    @Autowired
    private CircuitBreakerRegistry circuitBreakers;

    @Autowired
    private MeterRegistry meters;

    @LocalServerPort
    private int port;

    @BeforeEach
    void aPortalThatLogsIn() {
        portal.resetAll();
        portal.stubFor(post(urlPathEqualTo("/api/auth")).atPriority(5)
                .willReturn(okJson("{\"session\": \"s-1\", \"error_code\": \"00\"}")));
        circuitBreakers.getAllCircuitBreakers().forEach(CircuitBreaker::reset);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(UpstreamFault.class)
    void answersTheOperatorAsTheContractSaysWithinTheDeadline(UpstreamFault fault) {
        misbehave(fault);
        int failedBefore = failedCalls();

        GatewayAnswer answer = synchronise();

        switch (fault.answer()) {
            case RECORD -> assertThat(answer.status()).isEqualTo(200);
            case UPSTREAM_ERROR -> answer.assertProblem(502, "UPSTREAM_ERROR");
            case UNAVAILABLE -> answer.assertUnavailable(RETRY_AFTER);
            case UNAVAILABLE_AS_LONG_AS_ASKED ->
                    answer.assertUnavailable(Duration.ofSeconds(FaultMatrixTimings.ASKED_RETRY_AFTER_SECONDS));
            case TIMEOUT -> answer.assertProblem(504, "UPSTREAM_TIMEOUT");
            case RECORD_OR_TIMEOUT -> assertThat(answer.status()).isIn(200, 504);
        }
        assertThat(answer.elapsed()).as("answer time")
                .isLessThan(Duration.ofMillis(FaultMatrixTimings.DEADLINE_MILLIS).plus(MARGIN));
        boolean counted = fault.countsAgainstTheBreaker() && answer.status() != 200;
        assertThat(failedCalls() > failedBefore).as("counted against the breaker").isEqualTo(counted);
        if (!fault.atTokenEndpoint() && fault.answer() != CallerAnswer.TIMEOUT
                && fault.answer() != CallerAnswer.RECORD_OR_TIMEOUT) {
            assertThat(portal.findAll(postRequestedFor(urlPathEqualTo(INTEGRATION))
                    .withRequestBody(containing(CATALOGUE_LIST)))).as("calls to the portal: one attempt").hasSize(1);
        }
    }

    /** A portal that says all is well ({@code 00}) but sends no list: unusable, never a 500 nor an empty catalogue. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"{\"unexpected\": true}", "\"LayDanhSachTTHC\"", "null"})
    void answersUpstreamErrorWhenTheListIsNotAList(String result) {
        portal.stubFor(catalogueList().atPriority(1)
                .willReturn(EMPTY_CATALOGUE.answer("{\"error_code\": \"00\", \"result\": " + result + "}")));

        synchronise().assertProblem(502, "UPSTREAM_ERROR");
    }

    @AfterEach
    void leavesNoUpstreamWorkerBusy() {
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(meters
                .get("gateway.connector.upstream.calls.active").tag("connector", NPSP).gauge().value()).isZero());
    }

    private void misbehave(UpstreamFault fault) {
        if (fault.atTokenEndpoint()) {
            portal.stubFor(catalogueList().atPriority(1)
                    .willReturn(EMPTY_CATALOGUE.answer("{\"error_code\": \"03\", \"message\": \"Phiên hết hạn\"}")));
            portal.stubFor(post(urlPathEqualTo("/api/auth")).atPriority(1).willReturn(fault.instead(EMPTY_CATALOGUE)));
        } else {
            portal.stubFor(catalogueList().atPriority(1).willReturn(fault.instead(EMPTY_CATALOGUE)));
        }
    }

    private static MappingBuilder catalogueList() {
        return post(urlPathEqualTo(INTEGRATION)).withRequestBody(containing(CATALOGUE_LIST));
    }

    private int failedCalls() {
        return circuitBreakers.circuitBreaker(NPSP).getMetrics().getNumberOfFailedCalls();
    }

    private GatewayAnswer synchronise() {
        return new GatewayCaller(port).postAsOperator("/api/v1/ops/procedures/sync", OPS_KEY,
                GatewayCaller.newCorrelationId());
    }
}
