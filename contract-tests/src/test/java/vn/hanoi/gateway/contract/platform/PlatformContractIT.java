package vn.hanoi.gateway.contract.platform;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder.ProxyResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import vn.hanoi.gateway.contract.AbstractContractIT;
import vn.hanoi.gateway.contract.GatewayAnswer;
import vn.hanoi.gateway.contract.GatewayCaller;
import vn.hanoi.gateway.contract.Register;
import vn.hanoi.gateway.contract.business.BusinessRegister;
import vn.hanoi.gateway.contract.civilstatus.CivilStatusRegister;
import vn.hanoi.gateway.contract.insurance.InsuranceRegister;
import vn.hanoi.gateway.contract.land.LandRegister;
import vn.hanoi.gateway.contract.population.PopulationRegister;

/**
 * Every register switched to {@code transport: platform} by configuration only, the platform played by a WireMock
 * server ({@code wiremock/platform/}: its token, its health) whose relay stubs proxy
 * {@code /relay/{provider}/…} to the register's own WireMock server, as the trusted platform: with the
 * register's token in place of the platform's, insurance's {@code lgspaccesstoken} added. Every fixture of every
 * register answers its canonical record exactly as direct; the register's own errors still reach the caller as
 * its contract says; each of the platform's own errors ({@code platform.md}'s table) gets its answer.
 */
@TestPropertySource(properties = {
        "gateway.connectors.population.transport=platform",
        "gateway.connectors.business.transport=platform",
        "gateway.connectors.insurance.transport=platform",
        "gateway.connectors.land.transport=platform",
        "gateway.connectors.civil-status.transport=platform",
        // Not asked here; the gateway refuses to start without it (as AbstractContractIT does for the portal).
})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PlatformContractIT extends AbstractContractIT {

    static final String PLATFORM_TOKEN = "platform-token-1";
    static final String CONSUMER = "000.00.00.H00";
    private static final String LGSP_ACCESS = "eyJBY2Nlc3NLZXkiOiJITkktR1ctQUsiLCJTZWNyZXRLZXkiOiJzYW5kYm94LWluc3VyYW5jZS1zZWNyZXQi"
            + "LCJBcHBOYW1lIjoiaGFub2ktZ2F0ZXdheSIsIlBhcnRuZXJDb2RlIjoiSE5JIn0=";
    private static final List<Register> EVERY_REGISTER = List.of(PopulationRegister.POPULATION,
            BusinessRegister.BUSINESS, InsuranceRegister.INSURANCE, LandRegister.LAND, CivilStatusRegister.CIVIL_STATUS);
    private static final Map<String, String> PROVIDERS = Map.of("population", "BCA.DANCU", "business", "BKHDT.DKDN",
            "insurance", "BHXH.TRACUU", "land", "BTNMT.DATDAI", "civil-status", "BTP.HOTICH");
    private static final AtomicInteger UNUSED = new AtomicInteger(700);

    static final WireMockServer PLATFORM = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort()
            .usingFilesUnderClasspath("wiremock/platform"));

    @DynamicPropertySource
    static void platform(DynamicPropertyRegistry registry) {
        if (!PLATFORM.isRunning()) {
            PLATFORM.start();
        }
        registry.add("gateway.platform.base-url", PLATFORM::baseUrl);
    }

    @AfterAll
    static void stopPlatform() {
        PLATFORM.stop();
    }

    @Override
    protected List<Register> registers() {
        return EVERY_REGISTER;
    }

    /** The relay: each provider's calls, as the platform receives them, proxied to its register. */
    @BeforeEach
    void relayEveryProviderToItsRegister() {
        PLATFORM.resetRequests();
        for (Register register : EVERY_REGISTER) {
            PLATFORM.stubFor(relayOf(register).atPriority(5).willReturn(relayedTo(register)));
        }
    }

    /** The same call to the register, with its own token (and insurance's header) in place of the platform's. */
    private ProxyResponseDefinitionBuilder relayedTo(Register register) {
        ProxyResponseDefinitionBuilder relayed = aResponse().proxiedFrom(upstream(register).baseUrl())
                .withProxyUrlPrefixToRemove("/relay/" + PROVIDERS.get(register.system()))
                .withAdditionalRequestHeader("Authorization", "Bearer " + register.token(1));
        return register == InsuranceRegister.INSURANCE ? relayed.withAdditionalRequestHeader("lgspaccesstoken", LGSP_ACCESS)
                : relayed;
    }

    static Stream<Arguments> everyFixtureOfEveryRegister() {
        return EVERY_REGISTER.stream().flatMap(register -> register.fixtures()
                .map(identifier -> Arguments.of(register, identifier)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("everyFixtureOfEveryRegister")
    void answersEveryFixtureOfEveryRegisterAsItsCanonicalRecordThroughThePlatform(Register register, String identifier) {
        upstream(register).stubFor(register.serviceCall(identifier).atPriority(1)
                .willReturn(register.fixtureAnswer(identifier)));

        GatewayAnswer answer = get(register.lookupPath(identifier), GatewayCaller.newCorrelationId());

        // HIT when the revoked-token test, which runs first, asked the same record.
        assertThat(answer.header("X-Cache")).isIn("MISS", "HIT");
        answer.assertRecord(register.system(), answer.header("X-Cache")).assertBodyEquals(register.canonical(identifier));
        upstream(register).verify(0, register.tokenCalls());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyRegister")
    void relaysWithThePlatformsHeadersAndTheRegistersOwnNotFoundStaysNotFound(Register register) {
        String correlationId = GatewayCaller.newCorrelationId();

        get(register.lookupPath(register.notFound()), correlationId).assertProblem(404, "NOT_FOUND");

        // The first platform token, or the second once a test has had the first revoked.
        PLATFORM.verify(1, relayCallsOf(register)
                .withHeader("Authorization", matching("Bearer platform-token-[12]"))
                .withHeader("X-Platform-Consumer", equalTo(CONSUMER))
                .withHeader("X-Platform-Request-Id", equalTo(correlationId))
                .withHeader("X-Platform-Purpose", equalTo(GatewayCaller.DOSSIER_CODE))
                .withHeader("X-Correlation-Id", equalTo(correlationId)));
        assertThat(Register.everyRequest(PLATFORM)).noneMatch(request -> request.containsHeader(GatewayCaller.API_KEY_HEADER));
        upstream(register).verify(0, register.tokenCalls());
    }

    static Stream<Register> everyRegister() {
        return EVERY_REGISTER.stream();
    }

    /**
     * The platform's own errors ({@code platform.md}): what the caller gets, and how often the platform is asked.
     * 400, 403 and 404 are the gateway's request or configuration (502, never repeated); 429 backs off with the
     * platform's {@code Retry-After}; 502 and 503 are retried like a provider's 5xx, then 503; 504 is a timeout.
     */
    static Stream<Arguments> platformErrors() {
        return Stream.of(PopulationRegister.POPULATION, BusinessRegister.BUSINESS).flatMap(register -> Stream.of(
                Arguments.of(register, 400, "PURPOSE_REQUIRED", 502, "UPSTREAM_ERROR", 1),
                Arguments.of(register, 400, "BAD_RELAY_REQUEST", 502, "UPSTREAM_ERROR", 1),
                Arguments.of(register, 403, "SERVICE_NOT_PERMITTED", 502, "UPSTREAM_ERROR", 1),
                Arguments.of(register, 404, "PROVIDER_NOT_FOUND", 502, "UPSTREAM_ERROR", 1),
                Arguments.of(register, 429, "QUOTA_EXCEEDED", 503, "UPSTREAM_UNAVAILABLE", 1),
                Arguments.of(register, 502, "PROVIDER_UNREACHABLE", 503, "UPSTREAM_UNAVAILABLE", MAX_ATTEMPTS),
                Arguments.of(register, 503, "PLATFORM_UNAVAILABLE", 503, "UPSTREAM_UNAVAILABLE", MAX_ATTEMPTS),
                Arguments.of(register, 504, "PROVIDER_TIMEOUT", 504, "UPSTREAM_TIMEOUT", 1)));
    }

    @ParameterizedTest(name = "{0}: platform {1} {2} is {3} {4} after {5} call(s)")
    @MethodSource("platformErrors")
    void answersEachOfThePlatformsOwnErrorsAsTheTableSays(Register register, int status, String errorCode,
                                                          int answered, String code, int calls) {
        String identifier = register.unusedIdentifier(UNUSED.getAndIncrement());
        PLATFORM.stubFor(relayOf(register, identifier).atPriority(1).willReturn(platformError(status, errorCode)
                .withHeader("Retry-After", "120")));

        GatewayAnswer answer = get(register.lookupPath(identifier), GatewayCaller.newCorrelationId())
                .assertProblem(answered, code);

        if (status == 429) {
            assertThat(answer.header("Retry-After")).isEqualTo("120");
        }
        assertThat(PLATFORM.findAll(relayCallsOf(register, identifier))).as("calls to the platform").hasSize(calls);
        assertThat(Register.everyRequest(upstream(register))).as("the register is never reached").isEmpty();
    }

    /** First: its record must not be in the cache yet (the walk over every fixture asks it too). */
    @Test
    @Order(1)
    void aRevokedPlatformTokenIsRenewedAndTheCallRepeatedOnce() {
        Register register = BusinessRegister.BUSINESS;
        String found = register.found();
        // Whichever token the gateway holds (a slow first token call may have cost it the first one): refused once.
        PLATFORM.stubFor(relayOf(register, found).atPriority(1).inScenario("revoked")
                .whenScenarioStateIs(com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED).willSetStateTo("renewed")
                .willReturn(platformError(401, "TOKEN_EXPIRED")));
        PLATFORM.stubFor(relayOf(register, found).atPriority(2).inScenario("revoked").whenScenarioStateIs("renewed")
                .willReturn(relayedTo(register)));

        get(register.lookupPath(found), GatewayCaller.newCorrelationId())
                .assertRecord(register.system(), "MISS")
                .assertBodyEquals(register.canonical(found));

        List<com.github.tomakehurst.wiremock.verification.LoggedRequest> calls = PLATFORM.findAll(relayCallsOf(register, found));
        assertThat(calls).hasSize(2);
        assertThat(PLATFORM.findAll(com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(
                com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo("/auth/token"))))
                .as("a new platform token between the refused call and its repeat")
                .anyMatch(token -> !token.getLoggedDate().before(calls.get(0).getLoggedDate())
                        && !token.getLoggedDate().after(calls.get(1).getLoggedDate()));
    }

    private static ResponseDefinitionBuilder platformError(int status, String errorCode) {
        return aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json")
                .withHeader("X-Platform-Error", errorCode)
                .withBody("{\"errorCode\": \"" + errorCode + "\", \"message\": \"-\", \"requestId\": \"-\"}");
    }

    private static MappingBuilder relayOf(Register register) {
        return any(urlPathMatching("/relay/" + PROVIDERS.get(register.system()).replace(".", "\\.") + "/.*"));
    }

    /** The relayed calls for one record: its identifier in the path (REST) or in the body (SOAP). */
    private static MappingBuilder relayOf(Register register, String identifier) {
        return register.speaksXml() ? relayOf(register).withRequestBody(containing(identifier))
                : any(urlPathMatching("/relay/" + PROVIDERS.get(register.system()).replace(".", "\\.") + "/.*"
                        + identifier + ".*"));
    }

    private static RequestPatternBuilder relayCallsOf(Register register) {
        return anyRequestedFor(urlPathMatching("/relay/" + PROVIDERS.get(register.system()).replace(".", "\\.") + "/.*"));
    }

    private static RequestPatternBuilder relayCallsOf(Register register, String identifier) {
        return register.speaksXml() ? relayCallsOf(register).withRequestBody(containing(identifier))
                : anyRequestedFor(urlPathMatching("/relay/" + PROVIDERS.get(register.system()).replace(".", "\\.")
                        + "/.*" + identifier + ".*"));
    }
}
