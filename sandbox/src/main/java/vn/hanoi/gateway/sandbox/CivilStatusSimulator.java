package vn.hanoi.gateway.sandbox;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.matching.UrlPattern;

/**
 * The electronic civil-status database ({@code civil-status.md}): an OAuth2 client-credentials token in the form at
 * {@code /oauth2/token}, and {@code POST /hotich/v1/tra-cuu} answering each fixture by its {@code soDinhDanh} (the
 * file name). Outcomes are in-band with HTTP 200: {@code trangThai "01"} for anyone else, {@code "02"} for a body
 * without {@code soDinhDanh}; HTTP 401 without the bearer.
 */
final class CivilStatusSimulator implements Simulator {

    static final String CLIENT_ID = "hanoi-gateway";
    static final String CLIENT_SECRET = "sandbox-civil-status-secret";
    static final String TOKEN = "sandbox-civil-status-token";
    private static final UrlPattern SERVICE = urlPathEqualTo("/hotich/v1/tra-cuu");
    private static final int TOKEN_LIFETIME_SECONDS = 900;

    @Override
    public String system() {
        return "civil-status";
    }

    @Override
    public void stub(WireMockServer server, SandboxFixtures fixtures) {
        OAuthStubs.clientCredentialsForm(server, "/oauth2/token", CLIENT_ID, CLIENT_SECRET, TOKEN,
                TOKEN_LIFETIME_SECONDS);
        fixtures.all("civil-status/native", "json").forEach((personalId, body) -> server.stubFor(
                OAuthStubs.withBearer(RequestMethod.POST, SERVICE, TOKEN)
                        .withRequestBody(matchingJsonPath("$.soDinhDanh", equalTo(personalId)))
                        .willReturn(Json.ok(body))));
        server.stubFor(OAuthStubs.withBearer(RequestMethod.POST, SERVICE, TOKEN).atPriority(3)
                .withRequestBody(matchingJsonPath("$.soDinhDanh"))
                .willReturn(Json.ok(answer("01", "Không tìm thấy thông tin hộ tịch"))));
        OAuthStubs.otherwise(server, RequestMethod.POST, SERVICE, TOKEN,
                Json.ok(answer("02", "Yêu cầu không hợp lệ")));
    }

    private static String answer(String trangThai, String moTa) {
        return "{\"trangThai\": \"" + trangThai + "\", \"moTa\": \"" + moTa + "\", \"duLieu\": null}";
    }
}
