package vn.hanoi.gateway.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.hanoi.gateway.testing.GatewayHttp;
import vn.hanoi.gateway.testing.TestIdentityProvider;
import vn.hanoi.gateway.testing.Tokens;

/**
 * Rate limits are per client: the probe client, limited to {@value TestIdentityProvider#RATE_LIMIT} requests
 * an hour by {@code TestIdentityProvider}'s configuration, gets 429 {@code RATE_LIMITED} with
 * {@code Retry-After} once over it, while other clients go on.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RateLimitIT {

    private static final String CITIZEN = "/api/v1/citizens/001305885451";

    @LocalServerPort
    int port;

    @Test
    void aClientOverItsRateIsToldToComeBackLater() {
        GatewayHttp http = new GatewayHttp(port);
        String[] probe = Tokens.forClient(TestIdentityProvider.RATE_LIMITED_CLIENT, "population").header();
        for (int i = 0; i < TestIdentityProvider.RATE_LIMIT; i++) {
            assertThat(http.getWithPurpose(CITIZEN, probe).statusCode()).isEqualTo(200);
        }

        HttpResponse<String> over = http.getWithPurpose(CITIZEN, probe);

        assertThat(over.statusCode()).isEqualTo(429);
        assertThat(over.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(GatewayHttp.json(over).get("code").asText()).isEqualTo("RATE_LIMITED");
        assertThat(GatewayHttp.json(over).get("correlationId").asText()).isEqualTo(over.headers().firstValue("X-Correlation-Id").orElseThrow());
        long retryAfter = Long.parseLong(over.headers().firstValue("Retry-After").orElseThrow());
        assertThat(retryAfter).isBetween(1L, 3600L);

        assertThat(http.getWithPurpose(CITIZEN, Tokens.forClient("another-client", "population").header()).statusCode()).isEqualTo(200);
        assertThat(http.getAsOneStopShop(CITIZEN).statusCode()).isEqualTo(200);
    }
}
