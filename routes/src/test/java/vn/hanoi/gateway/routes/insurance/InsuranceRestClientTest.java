package vn.hanoi.gateway.routes.insurance;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
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
import java.util.Base64;
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
 * The insurance client against a WireMock register, wired as the connector wires it and with the
 * gateway's real connector defaults ({@code gateway/src/main/resources/application.yml}), back-off shortened.
 */
class InsuranceRestClientTest {

    private static final Path FIXTURE = Path.of("../fixtures/insurance/native/2853501530.json");
    private static final String INSURANCE_CODE = "2853501530";
    private static final String PERSONAL_ID = "001300973597";
    private static final String TOKEN = "token-1";
    private static final String CORRELATION_ID = "corr-ins-1";
    private static final String ACCESS = "{\"AccessKey\":\"AK\",\"SecretKey\":\"SK\",\"AppName\":\"gw\",\"PartnerCode\":\"HNI\"}";
    private static final String SERVICE = InsuranceRestClient.SERVICE_PATH;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final WireMockServer register = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
    private Connectors connectors;
    private InsuranceRestClient client;

    @BeforeEach
    void start() throws IOException {
        register.start();
        register.stubFor(post(urlPathEqualTo(LgspCredentials.TOKEN_PATH))
                .willReturn(okJson("{\"access_token\":\"" + TOKEN + "\",\"expires_in\":1800}")));
        connectors = connectors("http://127.0.0.1:" + register.port());
        client = new InsuranceConnector().insuranceClient(connectors, GatewayDefaults.transports(connectors));
    }

    @AfterEach
    void stop() {
        register.stop();
    }

    @Test
    void findsAPersonByInsuranceCode() throws IOException {
        answer("maSoBhxh", INSURANCE_CODE, fixture());

        JsonNode duLieu = fetch(InsuranceKey.INSURANCE_CODE, INSURANCE_CODE);

        assertThat(duLieu).isEqualTo(JSON.readTree(fixture()).get("duLieu"));
    }

    @Test
    void findsAPersonByPersonalId() throws IOException {
        answer("soDinhDanh", PERSONAL_ID, fixture());

        JsonNode duLieu = fetch(InsuranceKey.PERSONAL_ID, PERSONAL_ID);

        assertThat(duLieu.path("maSoBhxh").asText()).isEqualTo(INSURANCE_CODE);
        assertThat(duLieu).isEqualTo(JSON.readTree(fixture()).get("duLieu"));
    }

    @Test
    void sendsTheLgspHeaderOnEveryCallAndTheBearerAndCorrelationIdOnServiceCalls() throws IOException {
        answer("maSoBhxh", INSURANCE_CODE, fixture());

        fetch(InsuranceKey.INSURANCE_CODE, INSURANCE_CODE);

        register.verify(1, postRequestedFor(urlPathEqualTo(LgspCredentials.TOKEN_PATH))
                .withHeader(LgspCredentials.HEADER, equalTo(base64(ACCESS)))
                .withHeader("Content-Type", equalTo("application/x-www-form-urlencoded"))
                .withRequestBody(equalTo("grant_type=client_credentials"))
                .withHeader("X-API-Key", absent()));
        register.verify(1, postRequestedFor(urlPathEqualTo(SERVICE))
                .withHeader(LgspCredentials.HEADER, equalTo(base64(ACCESS)))
                .withHeader("Authorization", equalTo("Bearer " + TOKEN))
                .withHeader("X-Correlation-Id", equalTo(CORRELATION_ID))
                .withHeader("X-API-Key", absent())
                .withRequestBody(equalToJson("{\"maSoBhxh\": \"" + INSURANCE_CODE + "\"}")));
    }

    @ParameterizedTest(name = "maLoi {0} with HTTP 200 is {1}")
    @CsvSource({"1, NOT_FOUND", "2, REJECTED_REQUEST", "9, REGISTER_ERROR", "7, MALFORMED_RESPONSE",
            "'', MALFORMED_RESPONSE", "0, MALFORMED_RESPONSE"})
    void readsTheInBandMaLoi(String maLoi, FailureKind kind) {
        answer("maSoBhxh", INSURANCE_CODE, inBand(maLoi));

        assertFails(InsuranceKey.INSURANCE_CODE, kind);
    }

    @Test
    void retriesMaLoi9UnderTheDefaultPolicy() throws IOException {
        register.stubFor(service().inScenario("system error").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson(inBand("9"))).willSetStateTo("recovered"));
        register.stubFor(service().inScenario("system error").whenScenarioStateIs("recovered")
                .willReturn(okJson(fixture())));
        Connector insurance = connectors.connector(InsuranceConnector.SYSTEM);

        JsonNode duLieu = insurance.resilient().call(client.by(InsuranceKey.INSURANCE_CODE), request(INSURANCE_CODE),
                Deadline.after(Duration.ofSeconds(4)));

        assertThat(insurance.properties().getFailures().getRetry()).contains(FailureKind.REGISTER_ERROR);
        assertThat(duLieu.path("maSoBhxh").asText()).isEqualTo(INSURANCE_CODE);
        register.verify(2, postRequestedFor(urlPathEqualTo(SERVICE)));
    }

    @Test
    void refreshesTheTokenOnceAfter401AndRepeatsTheCall() throws IOException {
        register.stubFor(service().inScenario("expired").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(401)).willSetStateTo("refreshed"));
        register.stubFor(service().inScenario("expired").whenScenarioStateIs("refreshed")
                .willReturn(okJson(fixture())));

        JsonNode duLieu = fetch(InsuranceKey.INSURANCE_CODE, INSURANCE_CODE);

        assertThat(duLieu.path("maSoBhxh").asText()).isEqualTo(INSURANCE_CODE);
        register.verify(2, postRequestedFor(urlPathEqualTo(LgspCredentials.TOKEN_PATH))
                .withHeader(LgspCredentials.HEADER, equalTo(base64(ACCESS))));
        register.verify(2, postRequestedFor(urlPathEqualTo(SERVICE))
                .withHeader(LgspCredentials.HEADER, equalTo(base64(ACCESS)))
                .withHeader("Authorization", equalTo("Bearer " + TOKEN)));
    }

    @Test
    void readsA5xxAsAServerError() {
        register.stubFor(service().willReturn(aResponse().withStatus(503)));

        assertFails(InsuranceKey.INSURANCE_CODE, FailureKind.SERVER_ERROR);
    }

    @Test
    void readsMalformedJsonAsMalformedWithoutKeepingTheParsersMessage() {
        register.stubFor(service().willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"maLoi\": \"0\", \"duLieu\": {\"hoTen\": Nguyễn Văn An}}")));

        assertFails(InsuranceKey.INSURANCE_CODE, FailureKind.MALFORMED_RESPONSE);
        // The parser's message quotes the body ("Unrecognized token 'Nguyễn'"): it must not travel with the failure.
        assertThatThrownBy(() -> fetch(InsuranceKey.INSURANCE_CODE, INSURANCE_CODE)).hasNoCause();
    }

    @Test
    void givesUpOnASlowAnswerAsATimeout() throws IOException {
        register.stubFor(service().willReturn(okJson(fixture()).withFixedDelay(2500)));

        assertFails(InsuranceKey.INSURANCE_CODE, FailureKind.TIMEOUT);
    }

    @Test
    void readsAConnectionResetAsIo() {
        register.stubFor(service().willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        assertFails(InsuranceKey.INSURANCE_CODE, FailureKind.IO);
    }

    private JsonNode fetch(InsuranceKey key, String value) {
        return client.by(key).fetch(request(value), Deadline.after(Duration.ofSeconds(4)), Duration.ofSeconds(1));
    }

    private void assertFails(InsuranceKey key, FailureKind kind) {
        String value = key == InsuranceKey.INSURANCE_CODE ? INSURANCE_CODE : PERSONAL_ID;
        assertThatThrownBy(() -> fetch(key, value)).isInstanceOfSatisfying(UpstreamException.class, failure -> {
            assertThat(failure.kind()).isEqualTo(kind);
            assertThat(failure.system()).isEqualTo(InsuranceConnector.SYSTEM);
            assertThat(failure.getMessage()).doesNotContain(value);
        });
    }

    private void answer(String field, String value, String body) {
        register.stubFor(service().withRequestBody(equalToJson("{\"" + field + "\": \"" + value + "\"}"))
                .willReturn(okJson(body)));
    }

    private static MappingBuilder service() {
        return post(urlPathEqualTo(SERVICE));
    }

    private static LookupRequest request(String key) {
        return new LookupRequest(key, CORRELATION_ID, "can-bo-1", null);
    }

    private static String inBand(String maLoi) {
        return "{\"maLoi\": \"" + maLoi + "\", \"moTa\": \"-\", \"duLieu\": null}";
    }

    private static String fixture() throws IOException {
        return Files.readString(FIXTURE, StandardCharsets.UTF_8);
    }

    private static String base64(String json) {
        return Base64.getEncoder().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private static Connectors connectors(String baseUrl) {
        return GatewayDefaults.connectors(Map.of(
                "gateway.connectors.insurance.base-url", baseUrl,
                "gateway.connectors.insurance.access-key", "AK",
                "gateway.connectors.insurance.secret-key", "SK",
                "gateway.connectors.insurance.app-name", "gw",
                "gateway.connectors.insurance.partner-code", "HNI",
                "gateway.connector-defaults.retry.initial-backoff", "10ms"));
    }
}
