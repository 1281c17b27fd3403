package vn.hanoi.gateway.routes.business;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.hanoi.gateway.routes.connector.ConnectorProperties;
import vn.hanoi.gateway.routes.connector.Deadline;
import vn.hanoi.gateway.routes.connector.FailureKind;
import vn.hanoi.gateway.routes.connector.LookupRequest;
import vn.hanoi.gateway.routes.connector.DirectTransport;
import vn.hanoi.gateway.routes.connector.TokenProvider;
import vn.hanoi.gateway.routes.connector.UpstreamException;
import org.springframework.util.unit.DataSize;

/** One attempt at the business register, against WireMock: what it returns and how each failure is classified. */
class BusinessRestClientTest {

    private static final Path NATIVE_FIXTURES = Path.of("..", "fixtures", "business", "native");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TOKEN_PATH = "/oauth/token";
    private static final String SERVICE = "/api/v1/doanh-nghiep/";
    private static final String CLIENT_ID = "hanoi-gateway";
    private static final String CLIENT_SECRET = "test-business-secret";
    private static final String TOKEN = "test-business-token";
    private static final String ENTERPRISE = "0111691112";
    private static final String CORRELATION_ID = "corr-business-1";
    /** Generous, so that a cold WireMock never turns an answer into a timeout. */
    private static final Duration ATTEMPT_TIMEOUT = Duration.ofSeconds(5);
    private static final DataSize MAX_RESPONSE_SIZE = DataSize.ofKilobytes(64);
    private static final Duration SHORT_ATTEMPT_TIMEOUT = Duration.ofMillis(300);

    private WireMockServer register;
    private TokenProvider tokens;
    private BusinessRestClient client;

    @BeforeEach
    void start() {
        register = new WireMockServer(options().dynamicPort());
        register.start();
        ConnectorProperties properties = new ConnectorProperties();
        properties.setBaseUrl(register.baseUrl());
        properties.setClientId(CLIENT_ID);
        properties.setClientSecret(CLIENT_SECRET);
        properties.setMaxResponseSize(MAX_RESPONSE_SIZE);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1))
                .followRedirects(HttpClient.Redirect.NEVER).build();
        tokens = new TokenProvider(BusinessConnector.SYSTEM, http,
                () -> BusinessConnector.basicAuthTokenRequest(properties), ATTEMPT_TIMEOUT, MAX_RESPONSE_SIZE, system -> { });
        client = new BusinessRestClient(http, properties, new DirectTransport(properties.getBaseUrl(), tokens));
    }

    @AfterEach
    void stop() {
        register.stop();
    }

    @Test
    void returnsEveryRecordAsTheRegisterSentItBranchesAskedWithTheDash() {
        givenAToken(TOKEN);
        List<Path> fixtures = nativeFixtures();
        assertThat(fixtures).extracting(BusinessRestClientTest::code).contains(ENTERPRISE + "-001");
        for (Path fixture : fixtures) {
            String record = read(fixture);
            register.stubFor(get(urlPathEqualTo(SERVICE + code(fixture))).willReturn(json(200, record)));

            assertThat(fetch(code(fixture))).as(fixture.toString()).isEqualTo(parse(record));
        }
    }

    @Test
    void readsARecordThatStartsWithAByteOrderMarkAsTheRecordWithoutIt() {
        givenAToken(TOKEN);
        String record = read(nativeFixtures().get(0));
        register.stubFor(get(urlPathEqualTo(SERVICE + ENTERPRISE)).willReturn(json(200, "\uFEFF" + record)));

        assertThat(fetch(ENTERPRISE)).isEqualTo(parse(record));
    }

    @Test
    void asksForTheTokenWithHttpBasicAndCallsWithTheBearerAndCorrelationIdOnly() {
        givenAToken(TOKEN);
        register.stubFor(get(urlPathEqualTo(SERVICE + ENTERPRISE))
                .willReturn(json(200, "{\"MaSoDoanhNghiep\": \"" + ENTERPRISE + "\"}")));

        fetch(ENTERPRISE);

        String basic = "Basic " + Base64.getEncoder()
                .encodeToString((CLIENT_ID + ":" + CLIENT_SECRET).getBytes(StandardCharsets.UTF_8));
        register.verify(1, postRequestedFor(urlPathEqualTo(TOKEN_PATH))
                .withHeader("Authorization", equalTo(basic))
                .withHeader("Content-Type", equalTo("application/x-www-form-urlencoded"))
                .withRequestBody(equalTo("grant_type=client_credentials")));
        register.verify(1, getRequestedFor(urlPathEqualTo(SERVICE + ENTERPRISE))
                .withHeader("Authorization", equalTo("Bearer " + TOKEN))
                .withHeader("X-Correlation-Id", equalTo(CORRELATION_ID))
                .withoutHeader("X-API-Key"));
    }

    @Test
    void anUnknownEnterpriseIsNotFound() {
        givenAToken(TOKEN);
        register.stubFor(get(urlPathMatching(SERVICE + ".*")).willReturn(json(404,
                "{\"error\": \"NOT_FOUND\", \"message\": \"Không tìm thấy doanh nghiệp\"}")));

        assertThat(failureOf(ENTERPRISE).kind()).isEqualTo(FailureKind.NOT_FOUND);
    }

    @Test
    void anExpiredTokenIsRefreshedOnceAndTheCallRepeated() {
        register.stubFor(post(urlPathEqualTo(TOKEN_PATH)).inScenario("tokens")
                .whenScenarioStateIs(Scenario.STARTED).willSetStateTo("refreshed")
                .willReturn(tokenAnswer("expired-token")));
        register.stubFor(post(urlPathEqualTo(TOKEN_PATH)).inScenario("tokens")
                .whenScenarioStateIs("refreshed")
                .willReturn(tokenAnswer("fresh-token")));
        register.stubFor(get(urlPathEqualTo(SERVICE + ENTERPRISE))
                .withHeader("Authorization", equalTo("Bearer expired-token"))
                .willReturn(aResponse().withStatus(401)));
        register.stubFor(get(urlPathEqualTo(SERVICE + ENTERPRISE))
                .withHeader("Authorization", equalTo("Bearer fresh-token"))
                .willReturn(json(200, "{\"MaSoDoanhNghiep\": \"" + ENTERPRISE + "\"}")));

        assertThat(fetch(ENTERPRISE).path("MaSoDoanhNghiep").asText()).isEqualTo(ENTERPRISE);
        register.verify(2, postRequestedFor(urlPathEqualTo(TOKEN_PATH)));
        register.verify(2, getRequestedFor(urlPathEqualTo(SERVICE + ENTERPRISE)));
    }

    @Test
    void throttlingKeepsTheRetryAfterTheRegisterAskedFor() {
        givenAToken(TOKEN);
        register.stubFor(get(urlPathEqualTo(SERVICE + ENTERPRISE))
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "2")));

        UpstreamException failure = failureOf(ENTERPRISE);

        assertThat(failure.kind()).isEqualTo(FailureKind.THROTTLED);
        assertThat(failure.retryAfter()).contains(Duration.ofSeconds(2));
    }

    @Test
    void aServerErrorIsAServerError() {
        givenAToken(TOKEN);
        register.stubFor(get(urlPathEqualTo(SERVICE + ENTERPRISE)).willReturn(json(500, "{\"error\": \"INTERNAL\"}")));

        assertThat(failureOf(ENTERPRISE).kind()).isEqualTo(FailureKind.SERVER_ERROR);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"MaSoDoanhNghiep\": \"0111", "<html>Bảo trì hệ thống</html>", "[]", "\"text\"", ""})
    void aBodyThatIsNotAJsonObjectIsMalformed(String body) {
        givenAToken(TOKEN);
        register.stubFor(get(urlPathEqualTo(SERVICE + ENTERPRISE)).willReturn(json(200, body)));

        assertThat(failureOf(ENTERPRISE).kind()).isEqualTo(FailureKind.MALFORMED_RESPONSE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{}", "{\"status\": \"OK\", \"items\": [{\"unexpected\": true}]}", "{\"MaSoDoanhNghiep\": \" \"}"})
    void aJsonObjectThatIsNotAnEnterpriseRecordIsMalformed(String body) {
        givenAToken(TOKEN);
        register.stubFor(get(urlPathEqualTo(SERVICE + ENTERPRISE)).willReturn(json(200, body)));

        assertThat(failureOf(ENTERPRISE).kind()).isEqualTo(FailureKind.MALFORMED_RESPONSE);
    }

    @Test
    void anAnswerLongerThanTheMaximumResponseSizeIsMalformedUnread() {
        givenAToken(TOKEN);
        String record = "{\"MaSoDoanhNghiep\": \"" + ENTERPRISE + "\"}";
        register.stubFor(get(urlPathEqualTo(SERVICE + ENTERPRISE)).willReturn(json(200,
                record + " ".repeat((int) MAX_RESPONSE_SIZE.toBytes()))));

        UpstreamException failure = failureOf(ENTERPRISE);

        assertThat(failure.kind()).isEqualTo(FailureKind.MALFORMED_RESPONSE);
        assertThat(failure.getMessage()).contains("max-response-size");
    }

    @Test
    void anAnswerSlowerThanTheAttemptTimeoutIsATimeout() {
        givenAToken(TOKEN);
        register.stubFor(get(urlPathEqualTo(SERVICE + ENTERPRISE))
                .willReturn(json(200, "{}").withFixedDelay((int) SHORT_ATTEMPT_TIMEOUT.multipliedBy(5).toMillis())));
        fetchTokenAhead();

        UpstreamException failure = catchThrowableOfType(UpstreamException.class, () ->
                client.fetch(request(ENTERPRISE), Deadline.after(ATTEMPT_TIMEOUT.multipliedBy(2)), SHORT_ATTEMPT_TIMEOUT));

        assertThat(failure.kind()).isEqualTo(FailureKind.TIMEOUT);
    }

    @Test
    void aResetConnectionIsAnIoFailure() {
        givenAToken(TOKEN);
        register.stubFor(get(urlPathEqualTo(SERVICE + ENTERPRISE))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        assertThat(failureOf(ENTERPRISE).kind()).isEqualTo(FailureKind.IO);
    }

    @Test
    void aDeadlineAlreadyReachedIsATimeoutWithoutCallingTheRegister() {
        givenAToken(TOKEN);
        register.stubFor(get(urlPathEqualTo(SERVICE + ENTERPRISE)).willReturn(json(200, "{}")));
        fetchTokenAhead();

        UpstreamException failure = catchThrowableOfType(UpstreamException.class, () ->
                client.fetch(request(ENTERPRISE), Deadline.after(Duration.ZERO), ATTEMPT_TIMEOUT));

        assertThat(failure.kind()).isEqualTo(FailureKind.TIMEOUT);
        register.verify(0, getRequestedFor(urlPathEqualTo(SERVICE + ENTERPRISE)));
    }

    /** Fetches the token the next call will use, with a deadline of its own. */
    private void fetchTokenAhead() {
        tokens.token(Deadline.after(ATTEMPT_TIMEOUT));
    }

    private JsonNode fetch(String code) {
        return client.fetch(request(code), Deadline.after(ATTEMPT_TIMEOUT.multipliedBy(2)), ATTEMPT_TIMEOUT);
    }

    private UpstreamException failureOf(String code) {
        UpstreamException failure = catchThrowableOfType(UpstreamException.class, () -> fetch(code));
        assertThat(failure).as("an UpstreamException").isNotNull();
        assertThat(failure.system()).isEqualTo(BusinessConnector.SYSTEM);
        return failure;
    }

    private static LookupRequest request(String code) {
        return new LookupRequest(code, CORRELATION_ID, null, null);
    }

    private void givenAToken(String token) {
        register.stubFor(post(urlPathEqualTo(TOKEN_PATH)).willReturn(tokenAnswer(token)));
    }

    private static ResponseDefinitionBuilder tokenAnswer(String token) {
        return json(200, "{\"access_token\": \"" + token + "\", \"token_type\": \"Bearer\", \"expires_in\": 1800}");
    }

    private static ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json; charset=utf-8")
                .withBody(body);
    }

    private static List<Path> nativeFixtures() {
        try (Stream<Path> files = Files.list(NATIVE_FIXTURES)) {
            return files.filter(file -> file.toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new IllegalStateException("cannot list " + NATIVE_FIXTURES, e);
        }
    }

    private static String code(Path fixture) {
        String name = fixture.getFileName().toString();
        return name.substring(0, name.length() - ".json".length());
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalStateException("not JSON", e);
        }
    }
}
