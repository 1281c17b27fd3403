package vn.hanoi.gateway.access;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.hanoi.gateway.testing.GatewayHttp;
import vn.hanoi.gateway.testing.Tokens;

/**
 * Tokens naming key ids the identity provider does not publish cannot make the gateway hammer it: a stub
 * provider counts the JWK set fetches while 30 such tokens are refused (401), a published key still verifies,
 * and a key the provider starts publishing (a rotation) is picked up once the refresh interval has passed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class JwkSetFetchesIT {

    private static final Duration MIN_REFRESH_INTERVAL = Duration.ofSeconds(3);
    private static final String JWKS = "/realms/one-stop/certs";
    private static final String GUARDED = "/actuator/info";
    private static final WireMockServer PROVIDER = new WireMockServer(options().dynamicPort());
    private static final RSAKey PUBLISHED = key("published-key");
    private static final RSAKey ROTATED_IN = key("rotated-in-key");
    private static final RSAKey UNPUBLISHED = key("unpublished-key");

    static {
        PROVIDER.start();
        publish(new JWKSet(PUBLISHED.toPublicJWK()));
    }

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void trustTheStubProvider(DynamicPropertyRegistry registry) {
        registry.add("gateway.security.jwt.jwk-set-uri", () -> PROVIDER.baseUrl() + JWKS);
        registry.add("gateway.security.jwt.jwk-set-min-refresh-interval", MIN_REFRESH_INTERVAL::toString);
    }

    @AfterAll
    static void stopTheProvider() {
        PROVIDER.stop();
    }

    @Test
    void unknownKeyIdsFetchTheJwkSetAFewTimesAtMostAndARotatedKeyIsStillPickedUp() throws InterruptedException {
        assertThat(status(Tokens.forClient("monitoring", "ops").signedWith(PUBLISHED))).isEqualTo(200);
        int fetchesBefore = fetches();

        long started = System.nanoTime();
        for (int i = 0; i < 30; i++) {
            RSAKey unknown = new RSAKey.Builder(UNPUBLISHED).keyID("unknown-key-" + i).build();
            HttpResponse<String> answer = http().get(GUARDED, Tokens.forClient("monitoring", "ops").signedWith(unknown).header());
            assertThat(answer.statusCode()).isEqualTo(401);
            assertThat(GatewayHttp.json(answer).get("code").asText()).isEqualTo("UNAUTHENTICATED");
        }
        long windows = 1 + Duration.ofNanos(System.nanoTime() - started).dividedBy(MIN_REFRESH_INTERVAL);

        assertThat(fetches() - fetchesBefore).as("JWK set fetches for 30 unknown key ids in %d refresh interval(s)", windows)
                .isLessThanOrEqualTo((int) (2 * windows));
        assertThat(status(Tokens.forClient("monitoring", "ops").signedWith(PUBLISHED))).isEqualTo(200);

        publish(new JWKSet(List.of(PUBLISHED.toPublicJWK(), ROTATED_IN.toPublicJWK())));
        Thread.sleep(MIN_REFRESH_INTERVAL.plusMillis(500).toMillis());

        assertThat(status(Tokens.forClient("monitoring", "ops").signedWith(ROTATED_IN))).isEqualTo(200);
    }

    private int status(Tokens token) {
        return http().get(GUARDED, token.header()).statusCode();
    }

    private static int fetches() {
        return PROVIDER.findAll(getRequestedFor(urlEqualTo(JWKS))).size();
    }

    private static void publish(JWKSet keys) {
        PROVIDER.stubFor(get(JWKS).willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(keys.toString())));
    }

    private static RSAKey key(String keyId) {
        try {
            return new RSAKeyGenerator(2048).keyID(keyId).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private GatewayHttp http() {
        return new GatewayHttp(port);
    }
}
