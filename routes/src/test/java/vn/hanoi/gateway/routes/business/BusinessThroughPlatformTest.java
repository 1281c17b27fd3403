package vn.hanoi.gateway.routes.business;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.hanoi.gateway.routes.connector.Connectors;
import vn.hanoi.gateway.routes.connector.Deadline;
import vn.hanoi.gateway.routes.connector.FailureKind;
import vn.hanoi.gateway.routes.connector.GatewayDefaults;
import vn.hanoi.gateway.routes.connector.LookupRequest;
import vn.hanoi.gateway.routes.connector.PlatformProperties;
import vn.hanoi.gateway.routes.connector.Transport;
import vn.hanoi.gateway.routes.connector.TransportKind;
import vn.hanoi.gateway.routes.connector.UpstreamException;

/**
 * The business client with {@code transport: platform}, against a WireMock platform ({@code platform.md}): the
 * same call relayed under {@code /relay/{provider}} with the platform's headers and token, the register's token
 * call never made, and the platform's own errors told apart from the register's by {@code X-Platform-Error}.
 */
class BusinessThroughPlatformTest {

    private static final String PROVIDER = "BKHDT.DKDN";
    private static final String RELAYED = "/relay/" + PROVIDER + "/api/v1/doanh-nghiep/";
    private static final String ENTERPRISE = "0111691112";
    private static final String CONSUMER = "000.00.00.H00";
    private static final String SECRET = "test-platform-secret";

    private final WireMockServer platform = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
    private BusinessRestClient client;
    private Transport transport;

    @BeforeEach
    void start() {
        platform.start();
        String base = "http://127.0.0.1:" + platform.port();
        Connectors connectors = GatewayDefaults.connectors(Map.of(
                "gateway.connectors.business.transport", "platform",
                "gateway.connectors.business.platform.provider", PROVIDER));
        PlatformProperties settings = new PlatformProperties();
        settings.setBaseUrl(base);
        settings.setConsumerCode(CONSUMER);
        settings.setConsumerSecret(SECRET);
        transport = GatewayDefaults.transports(connectors, settings)
                .of(BusinessConnector.SYSTEM, () -> { throw new AssertionError("no register token through the platform"); });
        client = new BusinessRestClient(connectors.httpClient(BusinessConnector.SYSTEM),
                connectors.connector(BusinessConnector.SYSTEM).properties(), transport);
        platform.stubFor(post(urlPathEqualTo("/auth/token")).inScenario("tokens").whenScenarioStateIs(Scenario.STARTED)
                .willSetStateTo("renewed").willReturn(okJson("{\"token\": \"platform-token-1\", \"expiresIn\": 600}")));
        platform.stubFor(post(urlPathEqualTo("/auth/token")).inScenario("tokens").whenScenarioStateIs("renewed")
                .willReturn(okJson("{\"token\": \"platform-token-2\", \"expiresIn\": 600}")));
    }

    @AfterEach
    void stop() {
        platform.stop();
    }

    @Test
    void relaysTheSameCallWithThePlatformsHeadersInPlaceOfTheRegistersAuthorisation() {
        platform.stubFor(get(urlPathEqualTo(RELAYED + ENTERPRISE))
                .willReturn(okJson("{\"MaSoDoanhNghiep\": \"" + ENTERPRISE + "\"}")));

        JsonNode record = fetch();

        assertThat(transport.kind()).isEqualTo(TransportKind.PLATFORM);
        assertThat(record.path("MaSoDoanhNghiep").asText()).isEqualTo(ENTERPRISE);
        platform.verify(1, postRequestedFor(urlPathEqualTo("/auth/token"))
                .withRequestBody(equalToJson("{\"consumerCode\": \"" + CONSUMER + "\", \"consumerSecret\": \"" + SECRET + "\"}")));
        platform.verify(1, getRequestedFor(urlPathEqualTo(RELAYED + ENTERPRISE))
                .withHeader("Authorization", equalTo("Bearer platform-token-1"))
                .withHeader("X-Platform-Consumer", equalTo(CONSUMER))
                .withHeader("X-Platform-Request-Id", equalTo("corr-1"))
                .withHeader("X-Platform-Purpose", equalTo("HS-2026-001"))
                .withHeader("Accept", equalTo("application/json")));
    }

    @Test
    void aRevokedPlatformTokenIsRenewedAndTheCallRepeatedOnce() {
        platform.stubFor(get(urlPathEqualTo(RELAYED + ENTERPRISE)).withHeader("Authorization", equalTo("Bearer platform-token-1"))
                .willReturn(platformError(401, "TOKEN_EXPIRED")));
        platform.stubFor(get(urlPathEqualTo(RELAYED + ENTERPRISE)).withHeader("Authorization", equalTo("Bearer platform-token-2"))
                .willReturn(okJson("{\"MaSoDoanhNghiep\": \"" + ENTERPRISE + "\"}")));

        assertThat(fetch().path("MaSoDoanhNghiep").asText()).isEqualTo(ENTERPRISE);
        platform.verify(2, postRequestedFor(urlPathEqualTo("/auth/token")));
    }

    @ParameterizedTest(name = "{0} {1} is {2}")
    @CsvSource({
            "400, PURPOSE_REQUIRED, REJECTED_REQUEST",
            "400, BAD_RELAY_REQUEST, REJECTED_REQUEST",
            "403, SERVICE_NOT_PERMITTED, REJECTED_REQUEST",
            "404, PROVIDER_NOT_FOUND, REJECTED_REQUEST",
            "429, QUOTA_EXCEEDED, THROTTLED",
            "502, PROVIDER_UNREACHABLE, SERVER_ERROR",
            "503, PLATFORM_UNAVAILABLE, SERVER_ERROR",
            "504, PROVIDER_TIMEOUT, TIMEOUT"})
    void thePlatformsOwnErrorsAreClassifiedByTheirCode(int status, String errorCode, FailureKind kind) {
        platform.stubFor(get(urlPathEqualTo(RELAYED + ENTERPRISE)).willReturn(platformError(status, errorCode)
                .withHeader("Retry-After", "7")));

        UpstreamException failure = failure();

        assertThat(failure.kind()).isEqualTo(kind);
        assertThat(failure.platformError()).contains(errorCode);
        assertThat(failure.retryAfter()).isEqualTo(kind == FailureKind.THROTTLED
                ? java.util.Optional.of(Duration.ofSeconds(7)) : java.util.Optional.empty());
    }

    @Test
    void theRegistersOwn404RelayedWithoutThePlatformHeaderIsNotFound() {
        platform.stubFor(get(urlPathEqualTo(RELAYED + ENTERPRISE)).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/json").withHeader("X-Platform-Provider-Status", "404")
                .withBody("{\"error\": \"NOT_FOUND\"}")));

        UpstreamException failure = failure();

        assertThat(failure.kind()).isEqualTo(FailureKind.NOT_FOUND);
        assertThat(failure.platformError()).isEmpty();
    }

    @Test
    void aDossierlessLookupGoesWithoutAPurposeAndTheMissingPurposeIsTheRequestsFault() {
        platform.stubFor(get(urlPathEqualTo(RELAYED + ENTERPRISE)).withHeader("X-Platform-Purpose", absent())
                .willReturn(platformError(400, "PURPOSE_REQUIRED")));

        UpstreamException failure = catchThrowableOfType(UpstreamException.class, () -> client.fetch(
                new LookupRequest(ENTERPRISE, "corr-2", "officer-1", null), Deadline.after(Duration.ofSeconds(5)),
                Duration.ofSeconds(5)));

        assertThat(failure.kind()).isEqualTo(FailureKind.REJECTED_REQUEST);
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder platformError(int status, String code) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                .withHeader("X-Platform-Error", code)
                .withBody("{\"errorCode\": \"" + code + "\", \"message\": \"-\", \"requestId\": \"corr-1\"}");
    }

    private JsonNode fetch() {
        return client.fetch(request(), Deadline.after(Duration.ofSeconds(5)), Duration.ofSeconds(5));
    }

    private UpstreamException failure() {
        return catchThrowableOfType(UpstreamException.class, this::fetch);
    }

    private static LookupRequest request() {
        return new LookupRequest(ENTERPRISE, "corr-1", "officer-1", null, "HS-2026-001");
    }
}
