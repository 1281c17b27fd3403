package vn.hanoi.gateway.dossiers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.hanoi.gateway.dossiers.DossierRequests.code;
import static vn.hanoi.gateway.dossiers.DossierRequests.dossier;
import static vn.hanoi.gateway.dossiers.DossierRequests.progress;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.hanoi.gateway.mappings.testing.JsonFieldDiff;
import vn.hanoi.gateway.testing.BundledFixtures;
import vn.hanoi.gateway.testing.GatewayHttp;

/**
 * The gateway as the jar runs it in sandbox mode, against the sandbox portal: the catalogue as its canonical
 * fixtures say, dossiers and progress from the API to the portal's own record, and the API's refusals.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"gateway.dossiers.outbox.poll-interval=200ms", "gateway.catalogue.enabled=false"})
class SandboxPortalIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String OPS_KEY = "sandbox-ops-key";

    @LocalServerPort
    int port;

    @Value("${gateway.connectors.npsp.base-url}")
    String portal;

    private GatewayHttp http;
    private DossierRequests api;

    @BeforeEach
    void synchroniseTheCatalogue() {
        http = new GatewayHttp(port);
        api = new DossierRequests(http);
        HttpResponse<String> sync = http.send("POST", "/api/v1/ops/procedures/sync", null, "X-API-Key", OPS_KEY);
        assertThat(sync.statusCode()).isEqualTo(200);
        assertThat(GatewayHttp.json(sync).get("procedures").asInt()).isEqualTo(BundledFixtures.names("npsp/native/LayThuTuc").size());
    }

    @Test
    void servesEveryProcedureExactlyAsItsCanonicalFixture() {
        List<String> codes = BundledFixtures.names("npsp/canonical/procedures");
        for (String code : codes) {
            HttpResponse<String> procedure = http.get("/api/v1/procedures/" + code, "X-API-Key", GatewayHttp.ONE_STOP_KEY);
            assertThat(procedure.statusCode()).as(code).isEqualTo(200);
            assertThat(JsonFieldDiff.between(BundledFixtures.json("npsp/canonical/procedures/" + code + ".json"),
                    GatewayHttp.json(procedure))).as(code).isEmpty();
        }
        JsonNode all = GatewayHttp.json(http.get("/api/v1/procedures", "X-API-Key", GatewayHttp.ONE_STOP_KEY));
        assertThat(all).extracting(procedure -> procedure.get("code").asText()).containsExactlyElementsOf(codes);
        assertThat(http.get("/api/v1/procedures/9.999999", "X-API-Key", GatewayHttp.ONE_STOP_KEY).statusCode()).isEqualTo(404);
        HttpResponse<String> malformed = http.get("/api/v1/procedures/9-1", "X-API-Key", GatewayHttp.ONE_STOP_KEY);
        assertThat(GatewayHttp.json(malformed).at("/errors/0/code").asText()).isEqualTo("INVALID_PROCEDURE_CODE");
    }

    @Test
    void aDossierAndItsProgressReachThePortalsRecordTranslatedAndInOrder() throws Exception {
        String code = code(300);
        api.register(dossier(code));
        api.progress(code, progress("ACCEPTED", 5));
        api.progress(code, progress("PROCESSING", 30));
        api.progress(code, progress("PROCESSED", 60));
        assertThat(api.progress(code, progress("RESULT_RETURNED", 90)).statusCode())
                .as("returned with no result: refused (SignedResultsIT returns one)").isEqualTo(409);

        await().atMost(Duration.ofSeconds(15)).until(() -> "SYNCED".equals(api.view(code).at("/sync/state").asText()));
        JsonNode view = api.view(code);
        assertThat(view.get("dossierCode").asText()).isEqualTo(code);
        assertThat(view.get("receivedAt").asText()).isEqualTo("2026-11-28T08:10:00+07:00");
        assertThat(view.at("/applicant/type").asText()).isEqualTo("CITIZEN");
        assertThat(view.get("status").asText()).isEqualTo("PROCESSED");
        assertThat(view.at("/history/3/at").asText()).isEqualTo("2026-11-28T09:10:00+07:00");

        JsonNode record = portalRecord(code);
        assertThat(record.get("error_code").asText()).isEqualTo("00");
        JsonNode dossier = record.get("result");
        assertThat(dossier.get("TenTTHC").asText()).isEqualTo("Đăng ký thường trú");
        assertThat(dossier.get("MaLinhVuc").asText()).isEqualTo("CUTRU");
        assertThat(dossier.get("KenhNop").asText()).isEqualTo("1");
        assertThat(dossier.get("NgayTiepNhan").asText()).isEqualTo("20261128081000");
        assertThat(dossier.get("QuaTrinhXuLy")).extracting(step -> step.get("TrangThai").asText())
                .containsExactly("2", "4", "9");
    }

    @Test
    void refusesWhatTheStateMachineOrTheContractForbids() {
        String code = code(310);
        assertThat(api.register(dossier(code)).statusCode()).isEqualTo(202);
        assertConflict(api.progress(code, progress("PROCESSED", 5)));
        assertThat(api.progress(code, progress("ACCEPTED", 5)).statusCode()).isEqualTo(202);
        assertThat(api.progress(code, progress("ACCEPTED", 5)).statusCode()).as("a repeat is accepted once").isEqualTo(202);
        assertThat(api.view(code).get("history")).hasSize(2);
        assertConflict(api.progress(code, progress("PROCESSING", 2)));
        assertThat(api.progress(code, progress("PROCESSING", 10)).statusCode()).isEqualTo(202);
        assertConflict(api.progress(code, progress("PROCESSING", 10).put("note", "khác")));
        assertThat(api.progress(code, progress("WITHDRAWN", 20)).statusCode()).isEqualTo(202);
        assertConflict(api.register(dossier(code).put("summary", "Sửa sau khi rút")));

        assertThat(api.progress(code(399), progress("ACCEPTED", 5)).statusCode()).isEqualTo(404);
        HttpResponse<String> unknownField = api.progress(code, progress("STOPPED", 30).put("reason", "x"));
        assertThat(unknownField.statusCode()).isEqualTo(400);
        assertThat(GatewayHttp.json(unknownField).at("/errors/0/code").asText()).isEqualTo("UNKNOWN_FIELD");
        assertThat(http.send("POST", "/api/v1/dossiers", dossier(code(311)).toString(), "Content-Type", "text/plain",
                "X-API-Key", GatewayHttp.ONE_STOP_KEY).statusCode()).isEqualTo(415);
        assertThat(GatewayHttp.json(http.getAsOneStopShop("/api/v1/dossiers/not-a-code")).at("/errors/0/code").asText())
                .isEqualTo("INVALID_DOSSIER_CODE");
        assertThat(http.get("/api/v1/dossiers/" + code, "X-API-Key", GatewayHttp.ONE_STOP_KEY).statusCode())
                .as("the dossier holds personal data: a purpose is required").isEqualTo(400);
    }

    @Test
    void aDossierNamingADocumentTheWarehouseDoesNotHoldForTheApplicantIsRefusedAndNotKept() {
        String code = code(320);
        JsonNode refused = dossier(code);
        ((ArrayNode) refused.get("documents")).addObject()
                .put("componentCode", "TP02").put("documentType", "BIRTH_CERTIFICATE").put("documentId", "WH-404");
        ((ArrayNode) refused.get("documents")).addObject()
                .put("componentCode", "TP03").put("documentType", "BIRTH_CERTIFICATE").put("documentId", "WH-000-0");

        HttpResponse<String> answer = api.register(refused);

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(422);
        JsonNode problem = GatewayHttp.json(answer);
        assertThat(problem.get("code").asText()).isEqualTo("DOCUMENT_NOT_FOUND");
        assertThat(problem.get("errors")).extracting(error -> error.get("field").asText() + " " + error.get("code").asText())
                .as("the applicant's own form passes; an unknown id and another citizen's document do not")
                .containsExactly("documents[1].documentId NOT_FOUND", "documents[2].documentId NOT_FOUND");
        assertThat(api.view(code).path("dossierCode").isMissingNode()).as("nothing kept").isTrue();
        assertThat(api.register(dossier(code)).statusCode()).isEqualTo(202);
    }

    private static void assertConflict(HttpResponse<String> answer) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(409);
        assertThat(GatewayHttp.json(answer).get("code").asText()).isEqualTo("CONFLICT");
    }

    /** {@code TraCuuHoSo} asked of the sandbox portal directly. */
    private JsonNode portalRecord(String code) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        JsonNode login = JSON.readTree(client.send(post("/api/auth",
                "{\"username\":\"hanoi-gateway\",\"password\":\"sandbox-npsp-password\"}"),
                HttpResponse.BodyHandlers.ofString()).body());
        String call = JSON.createObjectNode().put("session", login.get("session").asText()).put("madonvi", "000.00.00.H00")
                .put("service", "TraCuuHoSo").put("mahoso", code).toString();
        return JSON.readTree(client.send(post("/api/integration", call), HttpResponse.BodyHandlers.ofString()).body());
    }

    private HttpRequest post(String path, String body) {
        return HttpRequest.newBuilder(URI.create(portal + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }
}
