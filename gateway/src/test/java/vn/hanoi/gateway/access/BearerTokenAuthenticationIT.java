package vn.hanoi.gateway.access;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hanoi.gateway.testing.ProblemAssert.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.hanoi.gateway.testing.GatewayHttp;
import vn.hanoi.gateway.testing.Tokens;

/**
 * OAuth2 bearer tokens from the identity provider (the test's own, {@code TestIdentityProvider}): a valid
 * token is a caller like an API key is; a token that is expired, from another issuer, badly signed or
 * without a client is 401; a token without the dataset is 403. Refusals are problem+json.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BearerTokenAuthenticationIT {

    private static final String CITIZEN = "/api/v1/citizens/001305885451";

    @LocalServerPort
    int port;

    @Test
    void aValidTokenWithTheDatasetGetsTheRecord() {
        HttpResponse<String> answer = http().getWithPurpose(CITIZEN, Tokens.forClient("ho-tich-portal", "population").header());

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(GatewayHttp.json(answer).get("personalId").asText()).isEqualTo("001305885451");
    }

    @Test
    void datasetsMayComeAsASpaceSeparatedClaim() {
        Tokens token = Tokens.forClient("ho-tich-portal").withDatasetsAsText("openid population business");

        assertThat(http().getWithPurpose(CITIZEN, token.header()).statusCode()).isEqualTo(200);
    }

    @Test
    void anExpiredTokenIsRefused() {
        assertUnauthenticated(Tokens.forClient("ho-tich-portal", "population").expiringAt(Instant.now().minusSeconds(300)));
    }

    @Test
    void aTokenWithoutExpiryIsRefused() {
        assertUnauthenticated(Tokens.forClient("ho-tich-portal", "population").expiringAt(null));
    }

    @Test
    void aTokenFromAnotherIssuerIsRefused() {
        assertUnauthenticated(Tokens.forClient("ho-tich-portal", "population").issuedBy("https://evil.example/realms/one-stop"));
    }

    @Test
    void aTokenWithABadSignatureIsRefused() {
        assertUnauthenticated(Tokens.forClient("ho-tich-portal", "population").signedByAStranger());
    }

    @Test
    void aTokenThatNamesNoClientIsRefused() {
        assertUnauthenticated(Tokens.forClient("ho-tich-portal", "population").withoutClient());
    }

    @Test
    void somethingThatIsNotAJwtIsRefused() {
        HttpResponse<String> answer = http().getWithPurpose(CITIZEN, "Authorization", "Bearer not.a.jwt");
        assertProblem(answer, 401, "UNAUTHENTICATED");
    }

    @Test
    void aTokenWithoutTheDatasetIsForbidden() {
        HttpResponse<String> answer = http().getWithPurpose(CITIZEN, Tokens.forClient("business-portal", "business").header());

        assertProblem(answer, 403, "FORBIDDEN");
    }

    @Test
    void opsEndpointsAcceptAnOpsToken() {
        String[] ops = Tokens.forClient("monitoring", "ops").header();
        JsonNode health = GatewayHttp.json(http().get("/actuator/health", ops));

        assertThat(health.at("/components/connectors/components/population/details/circuitState").asText()).isEqualTo("CLOSED");
        assertThat(http().get("/actuator/info", ops).statusCode()).isEqualTo(200);
        assertProblem(http().get("/actuator/info", Tokens.forClient("ho-tich-portal", "population").header()), 403, "FORBIDDEN");
    }

    private void assertUnauthenticated(Tokens token) {
        HttpResponse<String> answer = http().getWithPurpose(CITIZEN, token.header());
        assertProblem(answer, 401, "UNAUTHENTICATED");
        assertThat(answer.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(value -> assertThat(value).startsWith("Bearer"));
    }

    private GatewayHttp http() {
        return new GatewayHttp(port);
    }
}
