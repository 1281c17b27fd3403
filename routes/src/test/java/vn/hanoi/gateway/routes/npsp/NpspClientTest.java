package vn.hanoi.gateway.routes.npsp;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.http.HttpClient;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.hanoi.gateway.routes.connector.ConnectorMetrics;
import vn.hanoi.gateway.routes.connector.ConnectorProperties;
import vn.hanoi.gateway.routes.connector.Deadline;
import vn.hanoi.gateway.routes.connector.FailureKind;
import vn.hanoi.gateway.routes.connector.UpstreamException;
import org.springframework.util.unit.DataSize;

class NpspClientTest {

    private static final String AUTH = "/api/auth";
    private static final String INTEGRATION = "/api/integration";

    private static final WireMockServer PORTAL = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
    private NpspClient client;

    @BeforeAll
    static void start() {
        PORTAL.start();
    }

    @AfterAll
    static void stop() {
        PORTAL.stop();
    }

    @BeforeEach
    void freshPortalAndClient() {
        PORTAL.resetAll();
        ConnectorProperties properties = new ConnectorProperties();
        properties.setBaseUrl("http://127.0.0.1:" + PORTAL.port());
        properties.setUsername("hanoi-gateway");
        properties.setPassword("secret");
        properties.setUnitCode("000.00.00.H00");
        properties.setMaxResponseSize(DataSize.ofMegabytes(1));
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(500)).build();
        client = new NpspClient(http, properties,
                new NpspSession(http, properties, new ConnectorMetrics("npsp", new SimpleMeterRegistry())));
        PORTAL.stubFor(post(urlPathEqualTo(AUTH))
                .withRequestBody(equalToJson("{\"username\":\"hanoi-gateway\",\"password\":\"secret\"}"))
                .willReturn(json("{\"session\":\"s-1\",\"error_code\":\"00\"}")));
    }

    @Test
    void opensOneSessionAndSendsItWithTheUnitCodeAndTheCorrelationId() {
        answer(json("{\"error_code\":\"00\",\"result\":[]}"));

        call();
        JsonNode answer = call();

        assertThat(answer.get("error_code").asText()).isEqualTo("00");
        PORTAL.verify(1, postRequestedFor(urlPathEqualTo(AUTH)));
        PORTAL.verify(2, postRequestedFor(urlPathEqualTo(INTEGRATION))
                .withHeader("X-Correlation-Id", equalTo("corr-1"))
                .withRequestBody(equalToJson("{\"session\":\"s-1\",\"madonvi\":\"000.00.00.H00\","
                        + "\"service\":\"LayThuTuc\",\"maTTHC\":\"9.000001\"}")));
    }

    @Test
    void logsInAgainOnceWhenTheSessionIsRefusedAndRepeatsTheCall() {
        PORTAL.stubFor(post(urlPathEqualTo(INTEGRATION)).inScenario("expiry").whenScenarioStateIs(Scenario.STARTED)
                .willSetStateTo("expired").willReturn(json("{\"error_code\":\"03\"}")));
        PORTAL.stubFor(post(urlPathEqualTo(INTEGRATION)).inScenario("expiry").whenScenarioStateIs("expired")
                .willReturn(json("{\"error_code\":\"00\"}")));

        assertThat(call().get("error_code").asText()).isEqualTo("00");

        PORTAL.verify(2, postRequestedFor(urlPathEqualTo(AUTH)));
        PORTAL.verify(2, postRequestedFor(urlPathEqualTo(INTEGRATION)));
    }

    @Test
    void aSessionRefusedAgainAfterANewLoginIsUnauthorizedWithoutMoreTries() {
        answer(json("{\"error_code\":\"03\"}"));

        assertFails(FailureKind.UNAUTHORIZED);
        PORTAL.verify(2, postRequestedFor(urlPathEqualTo(AUTH)));
        PORTAL.verify(2, postRequestedFor(urlPathEqualTo(INTEGRATION)));
    }

    @Test
    void aLoginRefusedIsUnauthorized() {
        PORTAL.stubFor(post(urlPathEqualTo(AUTH)).atPriority(1).willReturn(json("{\"error_code\":\"01\"}")));

        assertFails(FailureKind.UNAUTHORIZED);
        PORTAL.verify(0, postRequestedFor(urlPathEqualTo(INTEGRATION)));
    }

    @ParameterizedTest(name = "error_code {0} is {1}")
    @CsvSource({"01, REJECTED_REQUEST", "02, NOT_FOUND", "99, REGISTER_ERROR", "42, MALFORMED_RESPONSE"})
    void classifiesThePortalsErrorCodes(String errorCode, FailureKind kind) {
        answer(json("{\"error_code\":\"" + errorCode + "\",\"message\":\"...\"}"));

        assertFails(kind);
    }

    @Test
    void classifiesWhatGoesWrongOnTheWire() {
        answer(json("{}").withStatus(503));
        assertFails(FailureKind.SERVER_ERROR);
        answer(json("<html>"));
        assertFails(FailureKind.MALFORMED_RESPONSE);
        answer(json("{\"error_code\":\"00\"}").withFixedDelay(3000));
        assertFails(FailureKind.TIMEOUT);
        answer(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));
        assertFails(FailureKind.IO);
    }

    private JsonNode call() {
        return client.call("LayThuTuc", JsonNodeFactory.instance.objectNode().put("maTTHC", "9.000001"), "corr-1",
                Deadline.after(Duration.ofSeconds(5)), Duration.ofSeconds(2));
    }

    private void assertFails(FailureKind kind) {
        assertThatThrownBy(this::call).isInstanceOfSatisfying(UpstreamException.class,
                failure -> assertThat(failure.kind()).isEqualTo(kind));
    }

    private void answer(ResponseDefinitionBuilder answer) {
        PORTAL.stubFor(post(urlPathEqualTo(INTEGRATION)).willReturn(answer));
    }

    private static ResponseDefinitionBuilder json(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
    }
}
