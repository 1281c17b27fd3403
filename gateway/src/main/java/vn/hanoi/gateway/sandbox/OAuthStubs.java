package vn.hanoi.gateway.sandbox;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;

/** Token endpoints as the national systems' contracts describe them. */
final class OAuthStubs {

    private OAuthStubs() {
    }

    /** OAuth2 client credentials sent in the form: the right pair gets the token, anything else 401. */
    static void clientCredentialsForm(WireMockServer server, String path, String clientId, String secret,
                                      String token, int expiresIn) {
        server.stubFor(post(urlPathEqualTo(path)).atPriority(1)
                .withRequestBody(containing("grant_type=client_credentials"))
                .withRequestBody(containing("client_id=" + clientId))
                .withRequestBody(containing("client_secret=" + secret))
                .willReturn(tokenAnswer(token, expiresIn)));
        server.stubFor(post(urlPathEqualTo(path)).atPriority(9).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\":\"invalid_client\"}")));
    }

    static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder tokenAnswer(String token, int expiresIn) {
        return aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"access_token\":\"" + token + "\",\"token_type\":\"Bearer\",\"expires_in\":" + expiresIn + "}");
    }
}
