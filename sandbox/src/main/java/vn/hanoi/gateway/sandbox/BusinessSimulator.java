package vn.hanoi.gateway.sandbox;

import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.http.RequestMethod.GET;

import com.github.tomakehurst.wiremock.WireMockServer;

/**
 * The business registration database ({@code business.md}): client-credentials token at
 * {@code /oauth/token} with the client in HTTP Basic; {@code GET /api/v1/doanh-nghiep/{msdn}} answering
 * each fixture enterprise by its file name (a branch as {@code 0101234567-001}), HTTP 404 with the
 * register's {@code NOT_FOUND} body for any other code, HTTP 401 without the bearer.
 */
final class BusinessSimulator implements Simulator {

    static final String CLIENT_ID = "hanoi-gateway";
    static final String CLIENT_SECRET = "sandbox-business-secret";
    static final String TOKEN = "sandbox-business-token";
    private static final String SERVICE = "/api/v1/doanh-nghiep/";

    @Override
    public String system() {
        return "business";
    }

    @Override
    public void stub(WireMockServer server, SandboxFixtures fixtures) {
        OAuthStubs.clientCredentialsBasic(server, "/oauth/token", CLIENT_ID, CLIENT_SECRET, TOKEN, 1800);
        fixtures.all("business/native", "json").forEach((code, record) ->
                server.stubFor(OAuthStubs.withBearer(GET, urlPathEqualTo(SERVICE + code), TOKEN)
                        .willReturn(Json.ok(record))));
        OAuthStubs.otherwise(server, GET, urlPathMatching(SERVICE + ".*"), TOKEN, Json.status(404, NOT_FOUND));
    }

    private static final String NOT_FOUND = "{\"error\": \"NOT_FOUND\", \"message\": \"Không tìm thấy doanh nghiệp\"}";
}
