package vn.hanoi.gateway.contract.documentaxis;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.w3c.dom.Element;
import org.wiremock.spring.ConfigureWireMock;
import org.wiremock.spring.EnableWireMock;
import org.wiremock.spring.InjectWireMock;
import vn.hanoi.gateway.GatewayApplication;
import vn.hanoi.gateway.routes.registers.Registers;

/**
 * The gateway's transfers against the document axis's contract, played by the stubs of {@code wiremock/document-axis/}:
 * the token asked with the organ and its secret, fetched again once after 401 {@code BAD_TOKEN}; the document posted as
 * edXML with the gateway's DocumentId and the dossier; 201 makes the transfer SENT with the axis's messageId, 404
 * {@code UNKNOWN_ORGAN} makes it FAILED with that code.
 */
@SpringBootTest(classes = GatewayApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"sandbox", "contract"})
@TestPropertySource(properties = {
        "gateway.sandbox.enabled=false",
        "gateway.connectors.npsp.base-url=http://127.0.0.1:9",
        "gateway.dossiers.outbox.enabled=false",
        "gateway.intake.enabled=false",
        "gateway.catalogue.enabled=false",
        "gateway.connectors.document-axis.poll-interval=300ms",
})
@EnableWireMock(@ConfigureWireMock(name = DocumentAxisContractIT.AXIS, filesUnderClasspath = "wiremock",
        baseUrlProperties = "gateway.connectors.document-axis.base-url"))
class DocumentAxisContractIT {

    static final String AXIS = "document-axis";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String DOSSIER = "000.00.00.H00-261128-0701";

    @InjectWireMock(AXIS)
    private WireMockServer axis;

    @LocalServerPort
    private int port;

    /** The gateway refuses to start without every register's base URL: none is asked here. */
    @DynamicPropertySource
    static void registersPointNowhere(DynamicPropertyRegistry registry) {
        Registers.scan().names().forEach(register ->
                registry.add("gateway.connectors." + register + ".base-url", () -> "http://127.0.0.1:9"));
    }

    @Test
    void sendsTheTransferAsTheContractSaysAndRecordsTheAxissAnswers() throws Exception {
        assertThat(call("POST", "/api/v1/dossiers", dossier(), false).statusCode()).isEqualTo(202);

        JsonNode created = JSON.readTree(call("POST", "/api/v1/dossiers/" + DOSSIER + "/transfers",
                transfer("000.00.00.G01"), true).body());
        JsonNode sent = awaitStatus(0, "SENT");

        assertThat(sent.get("messageId").asText()).isEqualTo("AX-900001");
        assertThat(sent.get("sentAt").asText()).isEqualTo("2026-11-20T09:15:00+07:00");
        assertThat(axis.findAll(postRequestedFor(urlPathEqualTo("/auth/token")))).as("a new token after BAD_TOKEN").hasSize(2);
        List<LoggedRequest> posts = axis.findAll(postRequestedFor(urlPathEqualTo("/edxml/v1/messages")));
        assertThat(posts).as("the post repeated once with the new token").hasSize(2);
        Element document = parse(posts.get(1).getBodyAsString());
        assertThat(text(document, "DocumentId")).isEqualTo(created.get("documentId").asText());
        assertThat(text(document, "CodeNumber")).isEqualTo(created.get("transferId").asText());
        assertThat(text(document, "MaHoSo")).isEqualTo(DOSSIER);
        assertThat(text(document, "MucDich")).isEqualTo("1");
        assertThat(text(document, "HanTraLoi")).isEqualTo("05/12/2026");
        assertThat(document.getElementsByTagNameNS("*", "Reference").getLength()).isZero();

        call("POST", "/api/v1/dossiers/" + DOSSIER + "/transfers", transfer("000.00.00.G09"), true);
        JsonNode failed = awaitStatus(1, "FAILED");

        assertThat(failed.get("lastError").asText()).isEqualTo("UNKNOWN_ORGAN");
        assertThat(failed.get("messageId").isNull()).isTrue();
    }

    private JsonNode awaitStatus(int index, String status) throws Exception {
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200))
                .until(() -> transfers().size() > index && status.equals(transfers().get(index).get("status").asText()));
        return transfers().get(index);
    }

    private JsonNode transfers() throws Exception {
        return JSON.readTree(call("GET", "/api/v1/dossiers/" + DOSSIER + "/transfers", null, true).body());
    }

    private static String dossier() {
        ObjectNode dossier = JSON.createObjectNode().put("dossierCode", DOSSIER).put("procedureCode", "9.000006")
                .put("receivedAt", "2026-11-28T08:10:00+07:00").put("dueAt", "2026-12-05T08:10:00+07:00")
                .put("channel", "IN_PERSON").put("receivingUnitCode", "00070").put("summary", "Chuyển nhượng quyền sử dụng đất");
        dossier.putObject("applicant").put("type", "CITIZEN").put("id", "001051409167").put("name", "Đặng Văn Sơn");
        dossier.putArray("documents");
        return dossier.toString();
    }

    private static String transfer(String organ) {
        ObjectNode transfer = JSON.createObjectNode().put("recipientOrganId", organ).put("purpose", "REQUEST_OPINION")
                .put("subject", "Đề nghị xác định nghĩa vụ tài chính").put("replyBy", "2026-12-05");
        transfer.putArray("documents");
        return transfer.toString();
    }

    private HttpResponse<String> call(String method, String path, String body, boolean purpose) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("X-API-Key", "sandbox-one-stop-key").header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (purpose) {
            request.header("X-Dossier-Code", DOSSIER).header("X-Officer-Id", "can-bo-1");
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Element parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))
                .getDocumentElement();
    }

    private static String text(Element root, String localName) {
        return root.getElementsByTagNameNS("*", localName).item(0).getTextContent().strip();
    }
}
