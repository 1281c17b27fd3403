package vn.hanoi.gateway.routes.civilstatus;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.hanoi.gateway.routes.connector.Connector;
import vn.hanoi.gateway.routes.connector.Connectors;
import vn.hanoi.gateway.routes.connector.Deadline;
import vn.hanoi.gateway.routes.connector.FailureKind;
import vn.hanoi.gateway.routes.connector.GatewayDefaults;
import vn.hanoi.gateway.routes.connector.LookupRequest;
import vn.hanoi.gateway.routes.connector.UpstreamException;

/**
 * The civil-status client against a WireMock register, wired as the connector wires it and with the gateway's
 * real connector defaults ({@code gateway/src/main/resources/application.yml}), back-off shortened.
 */
class CivilStatusRestClientTest {

    private static final String PERSONAL_ID = "001066246367";
    private static final Path FIXTURE = Path.of("../fixtures/civil-status/native/" + PERSONAL_ID + ".json");
    private static final String TOKEN = "civil-status-token-1";
    private static final String CORRELATION_ID = "corr-hotich-1";
    private static final String OFFICER = "can-bo-1";
    private static final String SERVICE = CivilStatusRestClient.SERVICE_PATH;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final WireMockServer register = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
    private Connectors connectors;
    private CivilStatusRestClient client;

    @BeforeEach
    void start() throws IOException {
        register.start();
        register.stubFor(post(urlPathEqualTo(CivilStatusRestClient.TOKEN_PATH))
                .willReturn(okJson("{\"access_token\":\"" + TOKEN + "\",\"token_type\":\"Bearer\",\"expires_in\":900}")));
        connectors = connectors("http://127.0.0.1:" + register.port());
        client = CivilStatusConnector.client(connectors, GatewayDefaults.transports(connectors));
    }

    @AfterEach
    void stop() {
        register.stop();
    }

    @Test
    void answersTheDuLieuAboutThePersonAsked() throws IOException {
        register.stubFor(service().willReturn(okJson(fixture())));

        Registrations answer = fetch();

        assertThat(answer.personalId()).isEqualTo(PERSONAL_ID);
        assertThat(answer.duLieu()).isEqualTo(JSON.readTree(fixture()).get("duLieu"));
        assertThat(answer.toString()).doesNotContain(PERSONAL_ID);
    }

    @Test
    void asksWithTheFormTokenTheBearerTheCorrelationIdAndTheOfficer() throws IOException {
        register.stubFor(service().willReturn(okJson(fixture())));

        fetch();

        register.verify(1, postRequestedFor(urlPathEqualTo(CivilStatusRestClient.TOKEN_PATH))
                .withHeader("Content-Type", equalTo("application/x-www-form-urlencoded"))
                .withRequestBody(equalTo("grant_type=client_credentials&client_id=hanoi-gateway"
                        + "&client_secret=sandbox-civil-status-secret")));
        register.verify(1, postRequestedFor(urlPathEqualTo(SERVICE))
                .withHeader("Authorization", equalTo("Bearer " + TOKEN))
                .withHeader("X-Correlation-Id", equalTo(CORRELATION_ID))
                .withHeader("Content-Type", containing("application/json"))
                .withHeader("X-API-Key", absent())
                .withRequestBody(equalToJson("{\"maYeuCau\": \"" + CORRELATION_ID + "\", \"maCanBo\": \"" + OFFICER
                        + "\", \"soDinhDanh\": \"" + PERSONAL_ID + "\"}")));
    }

    @Test
    void readsAnAnswerThatStartsWithAUtf8ByteOrderMark() throws IOException {
        register.stubFor(service().willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody(concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                        fixture().getBytes(StandardCharsets.UTF_8)))));

        assertThat(fetch().duLieu()).isEqualTo(JSON.readTree(fixture()).get("duLieu"));
    }

    @ParameterizedTest(name = "trangThai {0} with HTTP 200 is {1}")
    @CsvSource({"01, NOT_FOUND", "1, NOT_FOUND", "02, REJECTED_REQUEST", "99, REGISTER_ERROR",
            "03, MALFORMED_RESPONSE", "'', MALFORMED_RESPONSE", "00, MALFORMED_RESPONSE"})
    void readsTheInBandTrangThai(String trangThai, FailureKind kind) {
        register.stubFor(service().willReturn(okJson(
                "{\"trangThai\": \"" + trangThai + "\", \"moTa\": \"-\", \"duLieu\": null}")));

        assertFails(kind);
    }

    @Test
    void retriesTrangThai99UnderTheDefaultPolicy() throws IOException {
        register.stubFor(service().inScenario("register error").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson("{\"trangThai\": \"99\", \"moTa\": \"Lỗi hệ thống\", \"duLieu\": null}"))
                .willSetStateTo("recovered"));
        register.stubFor(service().inScenario("register error").whenScenarioStateIs("recovered")
                .willReturn(okJson(fixture())));
        Connector civilStatus = connectors.connector(CivilStatusConnector.SYSTEM);

        Registrations answer = civilStatus.resilient().call(client, request(), Deadline.after(Duration.ofSeconds(20)));

        assertThat(civilStatus.properties().getFailures().getRetry()).contains(FailureKind.REGISTER_ERROR);
        assertThat(answer.duLieu().path("khaiSinh").isObject()).isTrue();
        register.verify(2, postRequestedFor(urlPathEqualTo(SERVICE)));
    }

    @Test
    void refreshesTheTokenOnceAfter401AndRepeatsTheCall() throws IOException {
        register.stubFor(service().inScenario("expired").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(401)).willSetStateTo("refreshed"));
        register.stubFor(service().inScenario("expired").whenScenarioStateIs("refreshed")
                .willReturn(okJson(fixture())));

        assertThat(fetch().duLieu().path("khaiSinh").isObject()).isTrue();
        register.verify(2, postRequestedFor(urlPathEqualTo(CivilStatusRestClient.TOKEN_PATH)));
        register.verify(2, postRequestedFor(urlPathEqualTo(SERVICE)));
    }

    @Test
    void aSecond401IsUnauthorizedWithoutAThirdCall() {
        register.stubFor(service().willReturn(aResponse().withStatus(401)));

        assertFails(FailureKind.UNAUTHORIZED);
        register.verify(2, postRequestedFor(urlPathEqualTo(SERVICE)));
    }

    @Test
    void keepsTheRetryAfterOfA429() {
        register.stubFor(service().willReturn(aResponse().withStatus(429).withHeader("Retry-After", "7")));

        assertThatThrownBy(this::fetch).isInstanceOfSatisfying(UpstreamException.class, failure -> {
            assertThat(failure.kind()).isEqualTo(FailureKind.THROTTLED);
            assertThat(failure.retryAfter()).hasValue(Duration.ofSeconds(7));
        });
    }

    @Test
    void readsA5xxAsAServerError() {
        register.stubFor(service().willReturn(aResponse().withStatus(502)));

        assertFails(FailureKind.SERVER_ERROR);
    }

    @Test
    void readsMalformedJsonAsMalformedWithoutKeepingTheParsersMessage() {
        register.stubFor(service().willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"trangThai\": \"00\", \"duLieu\": {\"khaiSinh\": {\"hoTen\": TRẦN THÀNH HÙNG}}}")));

        assertFails(FailureKind.MALFORMED_RESPONSE);
        assertThatThrownBy(this::fetch).hasNoCause();
    }

    @Test
    void aSuccessWithoutDuLieuIsMalformed() {
        register.stubFor(service().willReturn(okJson("{\"trangThai\": \"00\", \"moTa\": \"Thành công\"}")));

        assertFails(FailureKind.MALFORMED_RESPONSE);
    }

    @Test
    void givesUpOnASlowAnswerAsATimeout() throws IOException {
        register.stubFor(service().willReturn(okJson(fixture()).withFixedDelay(3000)));
        client.fetch(requestOf("079050381155"), Deadline.after(Duration.ofSeconds(20)), Duration.ofSeconds(10));

        assertThatThrownBy(() -> client.fetch(request(), Deadline.after(Duration.ofSeconds(20)), Duration.ofMillis(500)))
                .isInstanceOfSatisfying(UpstreamException.class,
                        failure -> assertThat(failure.kind()).isEqualTo(FailureKind.TIMEOUT));
    }

    @Test
    void readsAConnectionResetAsIo() {
        register.stubFor(service().willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        assertFails(FailureKind.IO);
    }

    /** Generous: the machine may be busy, and only the slow-answer case is about time. */
    private Registrations fetch() {
        return client.fetch(request(), Deadline.after(Duration.ofSeconds(60)), Duration.ofSeconds(30));
    }

    private void assertFails(FailureKind kind) {
        assertThatThrownBy(this::fetch).isInstanceOfSatisfying(UpstreamException.class, failure -> {
            assertThat(failure.kind()).isEqualTo(kind);
            assertThat(failure.system()).isEqualTo(CivilStatusConnector.SYSTEM);
            assertThat(failure.getMessage()).doesNotContain(PERSONAL_ID);
        });
    }

    private static MappingBuilder service() {
        return post(urlPathEqualTo(SERVICE));
    }

    private static LookupRequest request() {
        return requestOf(PERSONAL_ID);
    }

    private static LookupRequest requestOf(String personalId) {
        return new LookupRequest(personalId, CORRELATION_ID, OFFICER, null);
    }

    private static String fixture() throws IOException {
        return Files.readString(FIXTURE, StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = new byte[first.length + second.length];
        System.arraycopy(first, 0, both, 0, first.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }

    private static Connectors connectors(String baseUrl) {
        return GatewayDefaults.connectors(Map.of(
                "gateway.connectors.civil-status.base-url", baseUrl,
                "gateway.connectors.civil-status.client-id", "hanoi-gateway",
                "gateway.connectors.civil-status.client-secret", "sandbox-civil-status-secret",
                "gateway.connector-defaults.retry.initial-backoff", "10ms"));
    }
}
