package vn.hanoi.gateway.sandbox;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.request;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.matching.UrlPattern;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Token endpoints as the national systems' contracts describe them, and the services they guard. */
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
        refuseOthers(server, path);
    }

    /** OAuth2 client credentials sent as HTTP Basic, grant type in the form; anything else 401. */
    static void clientCredentialsBasic(WireMockServer server, String path, String clientId, String secret,
                                       String token, int expiresIn) {
        server.stubFor(post(urlPathEqualTo(path)).atPriority(1)
                .withHeader("Authorization", equalTo(basic(clientId, secret)))
                .withRequestBody(containing("grant_type=client_credentials"))
                .willReturn(tokenAnswer(token, expiresIn)));
        refuseOthers(server, path);
    }

    static String basic(String clientId, String secret) {
        return "Basic " + Base64.getEncoder()
                .encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }

    static String bearer(String token) {
        return "Bearer " + token;
    }

    /** A call carrying the bearer, at the priority of a held record. */
    static MappingBuilder withBearer(RequestMethod method, UrlPattern url, String token) {
        return request(method.getName(), url).atPriority(1).withHeader("Authorization", equalTo(bearer(token)));
    }

    /** What a guarded service answers when no held record matched: {@code notFound} with the bearer, 401 without. */
    static void otherwise(WireMockServer server, RequestMethod method, UrlPattern url, String token,
                          ResponseDefinitionBuilder notFound) {
        server.stubFor(withBearer(method, url, token).atPriority(5).willReturn(notFound));
        server.stubFor(request(method.getName(), url).atPriority(9)
                .willReturn(aResponse().withStatus(401).withHeader("WWW-Authenticate", "Bearer")));
    }

    static ResponseDefinitionBuilder tokenAnswer(String token, int expiresIn) {
        return Json.ok("{\"access_token\":\"" + token + "\",\"token_type\":\"Bearer\",\"expires_in\":" + expiresIn + "}");
    }

    /** The lowest-priority answer on {@code path}: HTTP 401. */
    static void refuseOthers(WireMockServer server, String path) {
        server.stubFor(post(urlPathEqualTo(path)).atPriority(9).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\":\"invalid_client\"}")));
    }
}
