package vn.hanoi.gateway.dossiers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.hanoi.gateway.dossiers.DossierRequests.code;
import static vn.hanoi.gateway.dossiers.DossierRequests.dossier;
import static vn.hanoi.gateway.dossiers.DossierRequests.progress;
import static vn.hanoi.gateway.dossiers.DossierRequests.result;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.hanoi.gateway.testing.GatewayHttp;

/**
 * Signed results returned to the sandbox portal ({@code API.md} "Results"): the refusals, then the file uploaded
 * ({@code TaiLenTepKetQua}) before the sync that lists it, field by field as the portal keeps them, and
 * {@code NgayTra} once the dossier is {@code RESULT_RETURNED}. The sandbox's signed samples are the documents.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"gateway.dossiers.outbox.poll-interval=200ms", "gateway.catalogue.enabled=false"})
class SignedResultsIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String OWNER = "001226000011";
    private static final Path SAMPLES = Path.of("../sandbox/src/main/resources/sandbox/signatures");
    private static final String GOOD_SHA256 = "5d16bd1d4783c60b3c0ea9d5a7f675966fc65050c86a9a72fd2fdd8ffb571244";

    @LocalServerPort
    int port;

    @Value("${gateway.connectors.npsp.base-url}")
    String portal;

    @Autowired
    JdbcClient jdbc;

    private DossierRequests api;

    @BeforeEach
    void client() {
        api = new DossierRequests(new GatewayHttp(port));
    }

    @Test
    void aSignedResultReachesThePortalUploadedFirstThenListedThenReturned() throws Exception {
        String code = code(500);
        processed(code);
        HttpResponse<String> returnedWithout = api.progress(code, progress("RESULT_RETURNED", 70));
        assertThat(returnedWithout.statusCode()).as("no result yet: nothing to return").isEqualTo(409);

        HttpResponse<String> accepted = api.result(code, result("123/QĐ-UBND", "WH-SIG-GOOD"));

        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        assertThat(GatewayHttp.json(accepted).get("dossierCode").asText()).isEqualTo(code);
        await().atMost(Duration.ofSeconds(15)).until(() -> "SYNCED".equals(api.view(code).at("/sync/state").asText()));
        JsonNode shown = api.view(code).at("/results/0");
        assertThat(shown.get("documentId").asText()).isEqualTo("WH-SIG-GOOD");
        assertThat(shown.get("title").asText()).isEqualTo("Giấy khai sinh (kết quả mẫu, VALID)");
        assertThat(shown.get("documentType").asText()).isEqualTo("BIRTH_CERTIFICATE");
        assertThat(shown.get("number").asText()).isEqualTo("123/QĐ-UBND");
        assertThat(shown.get("signer").asText()).isEqualTo("UBND Phuong Ba Dinh");
        assertThat(shown.get("signedAt").asText()).isEqualTo("2026-11-20T10:00:00+07:00");
        assertThat(shown.get("issuer").asText()).isEqualTo("UBND phường Ba Đình");
        assertThat(shown.get("sha256").asText()).isEqualTo(GOOD_SHA256);
        assertThat(shown.get("portalFileId").asText()).isEqualTo(code + "-KQ01");
        assertThat(api.view(code).get("returnedAt").isNull()).isTrue();

        JsonNode record = portal("TraCuuHoSo", "mahoso", code).get("result");
        assertThat(record.get("NgayTra").asText()).isEmpty();
        JsonNode listed = record.at("/DanhSachGiayToKetQua/0");
        assertThat(record.get("DanhSachGiayToKetQua")).hasSize(1);
        assertThat(listed.get("IdTep").asText()).isEqualTo(code + "-KQ01");
        assertThat(listed.get("TenGiayTo").asText()).isEqualTo("Giấy khai sinh (kết quả mẫu, VALID)");
        assertThat(listed.get("MaGiayTo").asText()).isEqualTo("GIAY_KHAI_SINH");
        assertThat(listed.get("SoKyHieu").asText()).isEqualTo("123/QĐ-UBND");
        assertThat(listed.get("NgayKy").asText()).isEqualTo("20261120100000");
        assertThat(listed.get("NguoiKy").asText()).isEqualTo("UBND Phuong Ba Dinh");
        assertThat(listed.get("CoQuanBanHanh").asText()).isEqualTo("UBND phường Ba Đình");
        JsonNode file = portal("LayTepKetQua", "idTep", code + "-KQ01").get("result");
        assertThat(file.get("MaHoSo").asText()).isEqualTo(code);
        assertThat(file.get("TenTep").asText()).isEqualTo("WH-SIG-GOOD.pdf");
        assertThat(file.get("MaGiayTo").asText()).isEqualTo("GIAY_KHAI_SINH");
        assertThat(file.get("MaHash").asText()).isEqualTo(GOOD_SHA256);
        assertThat(file.get("KichThuoc").asLong()).isEqualTo(Files.size(SAMPLES.resolve("signed-good.pdf")));
        assertThat(jdbc.sql("SELECT signed_result FROM kpi_dossier WHERE dossier_code = :code").param("code", code)
                .query(Boolean.class).single()).as("the RESULT_DIGITISED indicator's fact").isTrue();

        assertThat(api.progress(code, progress("RESULT_RETURNED", 90)).statusCode()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(15)).until(() -> "SYNCED".equals(api.view(code).at("/sync/state").asText()));
        assertThat(api.view(code).get("returnedAt").asText()).isEqualTo("2026-11-28T09:40:00+07:00");
        record = portal("TraCuuHoSo", "mahoso", code).get("result");
        assertThat(record.get("TrangThaiHoSo").asText()).isEqualTo("10");
        assertThat(record.get("NgayTra").asText()).isEqualTo("20261128094000");
        assertThat(record.get("QuaTrinhXuLy")).extracting(step -> step.get("TrangThai").asText())
                .containsExactly("2", "9", "10");

        assertThat(api.result(code, result("124/QĐ-UBND", "WH-SIG-GOOD")).statusCode())
                .as("a later set replaces the earlier, even once returned").isEqualTo(202);
        await().atMost(Duration.ofSeconds(15)).until(() -> "SYNCED".equals(api.view(code).at("/sync/state").asText()));
        record = portal("TraCuuHoSo", "mahoso", code).get("result");
        assertThat(record.at("/DanhSachGiayToKetQua/0/SoKyHieu").asText()).isEqualTo("124/QĐ-UBND");
        assertThat(record.at("/DanhSachGiayToKetQua/0/IdTep").asText()).as("the file is not sent again")
                .isEqualTo(code + "-KQ01");
        assertThat(record.get("NgayTra").asText()).as("kept by every later sync").isEqualTo("20261128094000");
        assertThat(portal("LayTepKetQua", "idTep", code + "-KQ02").get("error_code").asText()).isEqualTo("02");
    }

    @Test
    void refusesResultsThatAreNotTheApplicantsSignedPdfsAndKeepsNothing() {
        String code = code(510);
        assertThat(api.register(ofOwner(code)).statusCode()).isEqualTo(202);
        HttpResponse<String> early = api.result(code, result("", "WH-SIG-GOOD"));
        assertThat(early.statusCode()).as("not PROCESSED yet").isEqualTo(409);
        assertThat(GatewayHttp.json(early).get("code").asText()).isEqualTo("CONFLICT");
        assertThat(api.progress(code, progress("ACCEPTED", 5)).statusCode()).isEqualTo(202);
        assertThat(api.progress(code, progress("PROCESSED", 60)).statusCode()).isEqualTo(202);

        HttpResponse<String> unknown = api.result(code, result("", "WH-SIG-TAMPERED", "WH-404", "WH-TK-001305885451"));
        assertThat(unknown.statusCode()).as(unknown.body()).isEqualTo(422);
        assertThat(GatewayHttp.json(unknown).get("code").asText()).isEqualTo("DOCUMENT_NOT_FOUND");
        assertThat(GatewayHttp.json(unknown).get("errors"))
                .extracting(error -> error.get("field").asText() + " " + error.get("code").asText())
                .as("another citizen's document counts as not found").containsExactly(
                        "documents[0].documentId DIGEST_MISMATCH", "documents[1].documentId NOT_FOUND",
                        "documents[2].documentId NOT_FOUND");

        HttpResponse<String> badlySigned = api.result(code, result("", "WH-SIG-GOOD", "WH-SIG-TAMPERED",
                "WH-SIG-UNTRUSTED", "WH-SIG-EXPIRED", "WH-SIG-PARTIAL", "WH-SIG-UNSIGNED"));
        assertThat(badlySigned.statusCode()).as(badlySigned.body()).isEqualTo(422);
        assertThat(GatewayHttp.json(badlySigned).get("code").asText()).isEqualTo("SIGNATURE_INVALID");
        assertThat(GatewayHttp.json(badlySigned).get("errors"))
                .extracting(error -> error.get("field").asText() + " " + error.get("code").asText()).containsExactly(
                        "documents[1].documentId DIGEST_MISMATCH", "documents[2].documentId UNTRUSTED",
                        "documents[3].documentId CERT_EXPIRED", "documents[4].documentId NOT_WHOLE_DOCUMENT",
                        "documents[5].documentId UNSIGNED");

        ObjectNode none = JSON.createObjectNode();
        none.putArray("documents");
        HttpResponse<String> empty = api.result(code, none);
        assertThat(empty.statusCode()).as(empty.body()).isEqualTo(400);
        assertThat(GatewayHttp.json(empty).get("code").asText()).isEqualTo("VALIDATION_FAILED");

        JsonNode view = api.view(code);
        assertThat(view.get("results")).as("nothing kept").isEmpty();
        assertThat(view.at("/sync/state").asText()).isIn("SYNCED", "PENDING");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM npsp_outbox WHERE dossier_code = :code AND kind = 'RESULT_FILE'")
                .param("code", code).query(Long.class).single()).isZero();
        assertThat(api.progress(code, progress("RESULT_RETURNED", 90)).statusCode()).isEqualTo(409);
    }

    private void processed(String code) {
        assertThat(api.register(ofOwner(code)).statusCode()).isEqualTo(202);
        assertThat(api.progress(code, progress("ACCEPTED", 5)).statusCode()).isEqualTo(202);
        assertThat(api.progress(code, progress("PROCESSED", 60)).statusCode()).isEqualTo(202);
    }

    /** A dossier of the signed samples' owner, without documents of its own. */
    private static ObjectNode ofOwner(String code) {
        ObjectNode dossier = dossier(code);
        ((ObjectNode) dossier.get("applicant")).put("id", OWNER).put("name", "Trần Thị Bình");
        dossier.putArray("documents");
        return dossier;
    }

    /** A call asked of the sandbox portal directly. */
    private JsonNode portal(String service, String field, String value) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        JsonNode login = JSON.readTree(client.send(post("/api/auth",
                "{\"username\":\"hanoi-gateway\",\"password\":\"sandbox-npsp-password\"}"),
                HttpResponse.BodyHandlers.ofString()).body());
        String call = JSON.createObjectNode().put("session", login.get("session").asText()).put("madonvi", "000.00.00.H00")
                .put("service", service).put(field, value).toString();
        return JSON.readTree(client.send(post("/api/integration", call), HttpResponse.BodyHandlers.ofString()).body());
    }

    private HttpRequest post(String path, String body) {
        return HttpRequest.newBuilder(URI.create(portal + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }
}
