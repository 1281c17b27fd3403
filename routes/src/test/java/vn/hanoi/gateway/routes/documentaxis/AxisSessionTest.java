package vn.hanoi.gateway.routes.documentaxis;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;
import vn.hanoi.gateway.routes.connector.ConnectorMetrics;
import vn.hanoi.gateway.routes.connector.FailureKind;
import vn.hanoi.gateway.routes.connector.UpstreamException;

class AxisSessionTest {

    private static final WireMockServer AXIS = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
    private static final String ORGANS = "/edxml/v1/organs";

    private final HttpClient http = HttpClient.newHttpClient();
    private MovableClock clock;
    private AxisSession session;

    @BeforeAll
    static void start() {
        AXIS.start();
    }

    @AfterAll
    static void stop() {
        AXIS.stop();
    }

    @BeforeEach
    void freshAxis() {
        AXIS.resetAll();
        clock = new MovableClock(Instant.parse("2026-11-20T02:15:00Z"));
        AxisSettings settings = new AxisSettings("http://127.0.0.1:" + AXIS.port(), "000.00.00.H00", null, "s3cret",
                Duration.ofSeconds(5));
        session = new AxisSession(http, settings, Duration.ofSeconds(5), DataSize.ofKilobytes(64),
                new ConnectorMetrics(AxisSession.SYSTEM, new SimpleMeterRegistry()), clock);
    }

    @Test
    void fetchesATokenWithTheOrganAndSecretOnceAndKeepsItUntilShortlyBeforeItExpires() {
        tokenAnswers("t-1", 1800);

        assertThat(session.token()).isEqualTo("t-1");
        assertThat(session.token()).isEqualTo("t-1");
        AXIS.verify(1, postRequestedFor(urlPathEqualTo("/auth/token"))
                .withRequestBody(equalToJson("{\"organId\":\"000.00.00.H00\",\"secret\":\"s3cret\"}")));

        clock.advance(Duration.ofSeconds(1800 - 30));
        session.token();
        AXIS.verify(2, postRequestedFor(urlPathEqualTo("/auth/token")));
    }

    @Test
    void aBadTokenAnswerFetchesANewTokenAndRepeatsTheCallOnce() {
        tokenAnswers("t-1", 1800);
        assertThat(session.token()).isEqualTo("t-1");
        tokenAnswers("t-2", 1800);
        AXIS.stubFor(get(urlPathEqualTo(ORGANS)).withHeader("Authorization", equalTo("Bearer t-1"))
                .willReturn(aResponse().withStatus(401).withBody("{\"code\":\"BAD_TOKEN\",\"message\":\"hết hạn\"}")));
        AXIS.stubFor(get(urlPathEqualTo(ORGANS)).withHeader("Authorization", equalTo("Bearer t-2"))
                .willReturn(aResponse().withStatus(200).withBody("[]")));

        HttpResponse<String> answer = session.authenticated(this::organs);

        assertThat(answer.statusCode()).isEqualTo(200);
        AXIS.verify(2, getRequestedFor(urlPathEqualTo(ORGANS)));
    }

    @Test
    void aSecondBadTokenIsTheCallersAnswerNotAnotherRound() {
        tokenAnswers("t-1", 1800);
        AXIS.stubFor(get(urlPathEqualTo(ORGANS))
                .willReturn(aResponse().withStatus(401).withBody("{\"code\":\"BAD_TOKEN\",\"message\":\"thu hồi\"}")));

        assertThat(session.authenticated(this::organs).statusCode()).isEqualTo(401);
        AXIS.verify(2, getRequestedFor(urlPathEqualTo(ORGANS)));
        AXIS.verify(2, postRequestedFor(urlPathEqualTo("/auth/token")));
    }

    @Test
    void wrongCredentialsAreUnauthorized() {
        AXIS.stubFor(post(urlPathEqualTo("/auth/token"))
                .willReturn(aResponse().withStatus(401).withBody("{\"code\":\"BAD_CREDENTIALS\",\"message\":\"sai\"}")));

        assertThatThrownBy(session::token).isInstanceOfSatisfying(UpstreamException.class,
                failure -> assertThat(failure.kind()).isEqualTo(FailureKind.UNAUTHORIZED));
        assertThat(AxisSession.isBadToken(401, "{\"code\":\"BAD_CREDENTIALS\"}")).isFalse();
    }

    private void tokenAnswers(String token, int expiresIn) {
        AXIS.stubFor(post(urlPathEqualTo("/auth/token")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"token\":\"" + token + "\",\"expiresIn\":" + expiresIn + "}")));
    }

    private HttpResponse<String> organs(String token) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(AXIS.baseUrl() + ORGANS))
                    .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
