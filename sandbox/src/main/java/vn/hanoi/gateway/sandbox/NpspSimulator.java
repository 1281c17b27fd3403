package vn.hanoi.gateway.sandbox;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.extension.Extension;
import java.util.List;

/**
 * The National Public Service Portal ({@code npsp.md}): session login at {@code /api/auth} (wrong
 * credentials: {@code error_code "01"}), and one endpoint {@code /api/integration} dispatching on
 * {@code service}, every answer HTTP 200 with an in-band {@code error_code}:
 * <ul>
 *   <li>{@code LayDanhSachTTHC}: the procedure list fixture; {@code LayThuTuc}: the fixture named by
 *       {@code maTTHC}, {@code "02"} for any other code;</li>
 *   <li>{@code LayDanhSachHoSoTrucTuyen}: the online-dossier fixture filtered by {@code tuThoiDiem}
 *       (inclusive) and cut to {@code soLuong} ({@link NpspOnlineDossiers});</li>
 *   <li>{@code DongBoHoSoMC}, {@code CapNhatTienDoHoSoMC}, {@code TraCuuHoSo}, {@code TaiLenTepKetQua},
 *       {@code LayTepKetQua}: answered from this server's in-memory dossier book ({@link NpspDossierBook}), seeded
 *       with the online dossiers;</li>
 *   <li>any other service {@code "01"}; a missing or wrong {@code session} {@code "03"}.</li>
 * </ul>
 * The session never expires here; expiry is simulated by sending a wrong one.
 */
final class NpspSimulator implements Simulator {

    static final String USERNAME = "hanoi-gateway";
    static final String PASSWORD = "sandbox-npsp-password";
    static final String SESSION = "sandbox-npsp-session";
    private static final String SERVICE = "/api/integration";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public String system() {
        return "npsp";
    }

    @Override
    public Extension[] extensions(SandboxFixtures fixtures) {
        return new Extension[] {new NpspOnlineDossiers(),
                new NpspDossierBook(fixtures.one("npsp/native/LayDanhSachHoSoTrucTuyen.json"))};
    }

    @Override
    public void stub(WireMockServer server, SandboxFixtures fixtures) {
        server.stubFor(post(urlPathEqualTo("/api/auth")).atPriority(1)
                .withRequestBody(matchingJsonPath("$.username", equalTo(USERNAME)))
                .withRequestBody(matchingJsonPath("$.password", equalTo(PASSWORD)))
                .willReturn(Json.ok("{\"session\":\"" + SESSION + "\",\"error_code\":\"00\"}")));
        server.stubFor(post(urlPathEqualTo("/api/auth")).atPriority(9)
                .willReturn(Json.ok(answer("01", "Sai tên đăng nhập hoặc mật khẩu"))));

        server.stubFor(call(1, "LayDanhSachTTHC")
                .willReturn(Json.ok(fixtures.one("npsp/native/LayDanhSachTTHC.json"))));
        fixtures.all("npsp/native/LayThuTuc", "json").forEach((code, procedure) ->
                server.stubFor(call(1, "LayThuTuc").withRequestBody(matchingJsonPath("$.maTTHC", equalTo(code)))
                        .willReturn(Json.ok(procedure))));
        server.stubFor(call(5, "LayThuTuc").willReturn(Json.ok(answer("02", "Không tìm thấy thủ tục hành chính"))));
        server.stubFor(call(1, "LayDanhSachHoSoTrucTuyen")
                .willReturn(Json.ok(fixtures.one("npsp/native/LayDanhSachHoSoTrucTuyen.json"))
                        .withTransformers(NpspOnlineDossiers.NAME)));
        List.of("DongBoHoSoMC", "CapNhatTienDoHoSoMC", "TraCuuHoSo", "TaiLenTepKetQua", "LayTepKetQua").forEach(service ->
                server.stubFor(call(1, service).willReturn(Json.ok("").withTransformers(NpspDossierBook.NAME))));
        server.stubFor(inSession(7).willReturn(Json.ok(answer("01", "Dịch vụ không được hỗ trợ"))));
        server.stubFor(post(urlPathEqualTo(SERVICE)).atPriority(9)
                .willReturn(Json.ok(answer("03", "Phiên làm việc không hợp lệ hoặc đã hết hạn"))));
    }

    private static MappingBuilder call(int priority, String service) {
        return inSession(priority).withRequestBody(matchingJsonPath("$.service", equalTo(service)));
    }

    private static MappingBuilder inSession(int priority) {
        return post(urlPathEqualTo(SERVICE)).atPriority(priority)
                .withRequestBody(matchingJsonPath("$.session", equalTo(SESSION)));
    }

    /** The portal's answer {@code {"error_code", "message", "result"?}}. */
    static String answer(String errorCode, String message) {
        return JSON.createObjectNode().put("error_code", errorCode).put("message", message).toString();
    }

    static String answer(String errorCode, String message, JsonNode result) {
        ObjectNode answer = JSON.createObjectNode().put("error_code", errorCode).put("message", message);
        return answer.set("result", result).toString();
    }
}
