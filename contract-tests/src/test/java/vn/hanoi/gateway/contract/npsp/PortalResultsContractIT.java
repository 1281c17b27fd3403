package vn.hanoi.gateway.contract.npsp;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.wiremock.spring.ConfigureWireMock;
import org.wiremock.spring.EnableWireMock;
import org.wiremock.spring.InjectWireMock;
import vn.hanoi.gateway.GatewayApplication;
import vn.hanoi.gateway.contract.GatewayCaller;
import vn.hanoi.gateway.mappings.testing.JsonFieldDiff;
import vn.hanoi.gateway.routes.registers.Registers;

/**
 * A signed result returned to the portal as {@code npsp.md} "Results to the portal" says: the file uploaded
 * ({@code TaiLenTepKetQua}) first, then the {@code DongBoHoSoMC} that lists it by the portal's {@code IdTep}, and,
 * once returned, {@code NgayTra}. Every request must match a stub of {@code wiremock/npsp/} other than
 * {@code request-outside-contract-01}, and the result's fields are compared one by one with the signed sample's.
 */
@SpringBootTest(classes = GatewayApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"sandbox", "contract"})
@TestPropertySource(properties = {
        "gateway.sandbox.enabled=false",
        "gateway.dossiers.outbox.enabled=true",
        "gateway.dossiers.outbox.poll-interval=200ms",
})
@EnableWireMock(@ConfigureWireMock(name = PortalResultsContractIT.NPSP, filesUnderClasspath = "wiremock",
        baseUrlProperties = "gateway.connectors.npsp.base-url"))
class PortalResultsContractIT {

    static final String NPSP = "npsp";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String CODE = "000.00.00.H00-261128-0700";
    private static final String OWNER = "001226000011";
    private static final String SIGNED_SAMPLE = "sandbox/signatures/signed-good.pdf";

    /** The gateway refuses to start without every register's base URL: none is asked here. */
    @DynamicPropertySource
    static void registersPointNowhere(DynamicPropertyRegistry registry) {
        Registers.scan().names().forEach(register ->
                registry.add("gateway.connectors." + register + ".base-url", () -> "http://127.0.0.1:9"));
    }

    @InjectWireMock(NPSP)
    private WireMockServer portal;

    @LocalServerPort
    private int port;

    @Test
    void uploadsTheSignedFileThenListsItByThePortalsIdThenTellsWhenItWasReturned() throws Exception {
        byte[] file = signedSample();
        assertThat(post("/api/v1/dossiers", dossier()).statusCode()).isEqualTo(202);
        String documentId = store(file);
        assertThat(post("/api/v1/dossiers/" + CODE + "/progress", progress("ACCEPTED", "08:20")).statusCode()).isEqualTo(202);
        assertThat(post("/api/v1/dossiers/" + CODE + "/progress", progress("PROCESSED", "09:00")).statusCode()).isEqualTo(202);
        ObjectNode result = JSON.createObjectNode();
        result.putArray("documents").addObject().put("documentId", documentId).put("number", "15/QĐ-UBND");
        HttpResponse<String> accepted = post("/api/v1/dossiers/" + CODE + "/result", result);
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        assertThat(post("/api/v1/dossiers/" + CODE + "/progress", progress("RESULT_RETURNED", "09:30")).statusCode())
                .isEqualTo(202);

        await().atMost(Duration.ofSeconds(20)).until(() -> calls("DongBoHoSoMC").size() >= 3);

        assertThat(portal.getAllServeEvents()).extracting(event -> stubName(event))
                .as("every request kept the contract").doesNotContain("request-outside-contract-01", "unmatched");
        List<JsonNode> uploads = calls("TaiLenTepKetQua");
        assertThat(uploads).hasSize(1);
        JsonNode upload = uploads.get(0);
        assertThat(upload.get("MaHoSo").asText()).isEqualTo(CODE);
        assertThat(upload.get("TenTep").asText()).isEqualTo(documentId + ".pdf");
        assertThat(upload.get("MaGiayTo").asText()).isEqualTo("GIAY_KHAI_SINH");
        assertThat(Base64.getDecoder().decode(upload.get("NoiDungBase64").asText())).isEqualTo(file);
        assertThat(upload.get("MaHash").asText()).isEqualTo(HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(file)));

        List<JsonNode> syncs = calls("DongBoHoSoMC");
        JsonNode listed = syncs.get(1).at("/data/0");
        assertThat(JsonFieldDiff.between(JSON.readTree("""
                [{"IdTep": "KQ-CONTRACT-01", "TenGiayTo": "Giấy khai sinh (kết quả)", "MaGiayTo": "GIAY_KHAI_SINH",
                  "SoKyHieu": "15/QĐ-UBND", "NgayKy": "20261120100000", "NguoiKy": "UBND Phuong Ba Dinh",
                  "CoQuanBanHanh": "UBND phường Ba Đình"}]
                """), listed.get("DanhSachGiayToKetQua"))).isEmpty();
        assertThat(listed.get("NgayTra").asText()).isEmpty();
        assertThat(listed.get("TrangThaiHoSo").asText()).isEqualTo("9");
        JsonNode returned = syncs.get(2).at("/data/0");
        assertThat(returned.get("TrangThaiHoSo").asText()).isEqualTo("10");
        assertThat(returned.get("NgayTra").asText()).isEqualTo("20261128093000");
        assertThat(returned.get("DanhSachGiayToKetQua")).isEqualTo(listed.get("DanhSachGiayToKetQua"));
        assertThat(indexOf("TaiLenTepKetQua")).as("uploads come first").isLessThan(indexOfSyncListingAResult());
    }

    private static String stubName(ServeEvent event) {
        return event.getStubMapping() == null || event.getStubMapping().getName() == null ? "unmatched"
                : event.getStubMapping().getName();
    }

    /** The integration calls of {@code service}, in arrival order. */
    private List<JsonNode> calls(String service) {
        return integrationCalls().stream().filter(call -> service.equals(call.path("service").asText())).toList();
    }

    private int indexOf(String service) {
        List<JsonNode> calls = integrationCalls();
        return calls.indexOf(calls.stream().filter(call -> service.equals(call.path("service").asText()))
                .findFirst().orElseThrow());
    }

    private int indexOfSyncListingAResult() {
        List<JsonNode> calls = integrationCalls();
        return calls.indexOf(calls.stream().filter(call -> !call.at("/data/0/DanhSachGiayToKetQua").isEmpty())
                .findFirst().orElseThrow());
    }

    private List<JsonNode> integrationCalls() {
        return portal.findAll(postRequestedFor(urlPathEqualTo("/api/integration"))).stream()
                .map(request -> read(request.getBodyAsString())).toList();
    }

    /** Stores the signed sample in the warehouse as the applicant's; its new document id. */
    private String store(byte[] file) throws IOException, InterruptedException {
        String boundary = "contract-" + System.nanoTime();
        ObjectNode metadata = JSON.createObjectNode().put("ownerType", "CITIZEN").put("ownerId", OWNER)
                .put("documentType", "BIRTH_CERTIFICATE").put("title", "Giấy khai sinh (kết quả)")
                .put("issuer", "UBND phường Ba Đình").put("issuedOn", "2026-11-20").putNull("validUntil")
                .put("dossierCode", CODE);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"metadata\"\r\n"
                + "Content-Type: application/json\r\n\r\n" + metadata + "\r\n--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\"result.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(file);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> stored = HTTP.send(request("/api/v1/documents")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(stored.statusCode()).as(stored.body()).isEqualTo(201);
        return read(stored.body()).get("documentId").asText();
    }

    private HttpResponse<String> post(String path, JsonNode body) throws IOException, InterruptedException {
        return HTTP.send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(20))
                .header(GatewayCaller.API_KEY_HEADER, GatewayCaller.API_KEY)
                .header("X-Dossier-Code", CODE).header("X-Officer-Id", GatewayCaller.OFFICER_ID)
                .header("X-Purpose-Override", GatewayCaller.PURPOSE_OVERRIDE);
    }

    private static ObjectNode dossier() {
        ObjectNode dossier = JSON.createObjectNode().put("dossierCode", CODE).put("procedureCode", "9.000003")
                .put("receivedAt", "2026-11-28T08:10:00+07:00").put("dueAt", "2026-12-05T08:10:00+07:00")
                .put("channel", "IN_PERSON").put("receivingUnitCode", "00070").put("summary", "Đăng ký khai sinh");
        dossier.putObject("applicant").put("type", "CITIZEN").put("id", OWNER).put("name", "Trần Thị Bình");
        dossier.putArray("documents");
        return dossier;
    }

    private static ObjectNode progress(String status, String time) {
        return JSON.createObjectNode().put("status", status).put("officer", "can-bo-1").put("officerTitle", "Chuyên viên")
                .put("department", "Bộ phận một cửa").put("note", status).put("at", "2026-11-28T" + time + ":00+07:00");
    }

    private static byte[] signedSample() throws IOException {
        try (InputStream in = PortalResultsContractIT.class.getClassLoader().getResourceAsStream(SIGNED_SAMPLE)) {
            assertThat(in).as(SIGNED_SAMPLE).isNotNull();
            return in.readAllBytes();
        }
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
