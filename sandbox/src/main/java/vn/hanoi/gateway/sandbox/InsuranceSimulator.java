package vn.hanoi.gateway.sandbox;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The social insurance database behind the provincial platform ({@code insurance.md}): the
 * {@code lgspaccesstoken} header on every call, a token at {@code /lgsp/token}, and
 * {@code POST /api/bhxh/tra-cuu-qua-trinh} answering each fixture by {@code maSoBhxh} (the file name) or
 * by its {@code duLieu.soDinhDanh}. Errors are in-band with HTTP 200: {@code maLoi "1"} for anyone else,
 * {@code maLoi "2"} for a body naming neither key; HTTP 401 without both the header and the bearer.
 */
final class InsuranceSimulator implements Simulator {

    static final LgspAccessToken ACCESS = new LgspAccessToken(
            "HNI-GW-AK", "sandbox-insurance-secret", "hanoi-gateway", "HNI");
    static final String TOKEN = "sandbox-insurance-token";
    private static final String SERVICE = "/api/bhxh/tra-cuu-qua-trinh";
    private static final List<String> KEYS = List.of("maSoBhxh", "soDinhDanh");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public String system() {
        return "insurance";
    }

    @Override
    public void stub(WireMockServer server, SandboxFixtures fixtures) {
        server.stubFor(post(urlPathEqualTo("/lgsp/token")).atPriority(1).andMatching(ACCESS)
                .withRequestBody(containing("grant_type=client_credentials"))
                .willReturn(Json.ok("{\"access_token\":\"" + TOKEN + "\",\"expires_in\":1800}")));
        OAuthStubs.refuseOthers(server, "/lgsp/token");
        fixtures.all("insurance/native", "json").forEach((insuranceCode, body) -> {
            server.stubFor(lookup(1, "maSoBhxh", insuranceCode).willReturn(Json.ok(body)));
            server.stubFor(lookup(1, "soDinhDanh", personalId(body)).willReturn(Json.ok(body)));
        });
        KEYS.forEach(key -> server.stubFor(authorized(5).withRequestBody(matchingJsonPath("$." + key))
                .willReturn(Json.ok(answer("1", "Không tìm thấy thông tin người tham gia")))));
        server.stubFor(authorized(7).willReturn(Json.ok(answer("2", "Yêu cầu không hợp lệ"))));
        server.stubFor(post(urlPathEqualTo(SERVICE)).atPriority(9).willReturn(aResponse().withStatus(401)));
    }

    private static MappingBuilder lookup(int priority, String key, String value) {
        return authorized(priority).withRequestBody(matchingJsonPath("$." + key, equalTo(value)));
    }

    private static MappingBuilder authorized(int priority) {
        return post(urlPathEqualTo(SERVICE)).atPriority(priority).andMatching(ACCESS)
                .withHeader("Authorization", equalTo(OAuthStubs.bearer(TOKEN)));
    }

    private static String answer(String maLoi, String moTa) {
        return "{\"maLoi\": \"" + maLoi + "\", \"moTa\": \"" + moTa + "\", \"duLieu\": null}";
    }

    private static String personalId(String body) {
        try {
            return JSON.readTree(body).path("duLieu").path("soDinhDanh").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
