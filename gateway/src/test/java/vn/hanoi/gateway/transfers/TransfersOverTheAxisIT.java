package vn.hanoi.gateway.transfers;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.hanoi.gateway.dossiers.DossierRequests;
import vn.hanoi.gateway.testing.GatewayHttp;

/**
 * Transfers over the sandbox document axis: a request for an opinion sent to the tax office, accepted, answered with
 * statuses and a reply document that show in the transfer; the API's refusals, idempotency and paper transfers; the
 * axis's refusal, outage and early token expiry. Until the inbox reader lands, the test stores the gateway's inbox
 * items as the reader would ({@link #storeTheInbox}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"gateway.connectors.document-axis.poll-interval=300ms",
                "gateway.connectors.document-axis.sending.initial-backoff=200ms",
                "gateway.connectors.document-axis.sending.max-backoff=1s",
                "gateway.catalogue.enabled=false"})
class TransfersOverTheAxisIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TAX = "000.00.00.G01";
    private static final String OPS_KEY = "sandbox-ops-key";

    @LocalServerPort
    int port;

    @Value("${gateway.connectors.document-axis.base-url}")
    String axis;

    @Autowired
    JdbcClient jdbc;

    private GatewayHttp http;
    private DossierRequests dossiers;
    private final HttpClient client = HttpClient.newHttpClient();

    @BeforeEach
    void catalogueRead() {
        http = new GatewayHttp(port);
        dossiers = new DossierRequests(http);
        assertThat(http.send("POST", "/api/v1/ops/procedures/sync", null, "X-API-Key", OPS_KEY).statusCode()).isEqualTo(200);
    }

    @Test
    void aRequestForAnOpinionReachesTheTaxOfficeAndItsStatusesAndReplyShowInTheTransfer() throws Exception {
        String code = registered(501);

        HttpResponse<String> created = transfer(code, request(TAX, "REQUEST_OPINION"), null);

        assertThat(created.statusCode()).isEqualTo(202);
        JsonNode transfer = GatewayHttp.json(created);
        String transferId = transfer.get("transferId").asText();
        assertThat(transferId).matches("LT-\\d{6}");
        assertThat(transfer.get("documentId").asText()).matches("000\\.00\\.00\\.H00,\\d{4}/\\d{2}/\\d{2}," + transferId + "/HNI-LTMC");
        assertThat(transfer.get("status").asText()).isEqualTo("PENDING");
        assertThat(transfer.get("channel").asText()).isEqualTo("AXIS");
        assertThat(transfer.get("purpose").asText()).isEqualTo("REQUEST_OPINION");
        assertThat(transfer.get("recipientOrganId").asText()).isEqualTo(TAX);
        String documentId = transfer.get("documentId").asText();

        JsonNode sent = awaitTransfer(code, 0, "SENT");
        assertThat(sent.get("messageId").asText()).startsWith("AX-");
        assertThat(sent.get("lastError").isNull()).isTrue();
        JsonNode accepted = acceptedByTheAxis(documentId);
        assertThat(accepted.get("messageId").asText()).isEqualTo(sent.get("messageId").asText());
        assertThat(accepted.get("repeats").asInt()).isZero();
        OffsetDateTime acceptedAt = OffsetDateTime.parse(accepted.get("acceptedAt").asText());

        storeTheInbox();

        JsonNode answered = transfers(code).get(0);
        assertThat(answered.get("status").asText()).isEqualTo("COMPLETED");
        JsonNode history = answered.get("history");
        assertThat(history).extracting(step -> step.get("statusCode").asText()).containsExactly("01", "03", "04", "05", "06");
        assertThat(history).extracting(step -> step.get("status").asText())
                .containsExactly("ARRIVED", "RECEIVED", "ASSIGNED", "PROCESSING", "COMPLETED");
        assertThat(history.get(1).get("description").asText()).isEqualTo("Đã tiếp nhận, vào sổ văn bản đến");
        assertThat(OffsetDateTime.parse(history.get(0).get("at").asText())).isEqualTo(acceptedAt.plusSeconds(1));
        assertThat(OffsetDateTime.parse(history.get(4).get("at").asText())).isEqualTo(acceptedAt.plusSeconds(6));
        JsonNode reply = answered.get("replies").get(0);
        assertThat(answered.get("replies")).hasSize(1);
        assertThat(reply.get("documentId").asText()).startsWith(TAX + ",");
        assertThat(OffsetDateTime.parse(reply.get("receivedAt").asText())).isEqualTo(acceptedAt.plusSeconds(5));
        assertThat(reply.at("/attachments/0/name").asText()).isEqualTo("ket-qua-y-kien.pdf");
        assertThat(reply.at("/attachments/0/mediaType").asText()).isEqualTo("application/pdf");
        assertThat(reply.at("/attachments/0/sha256").asText()).matches("[0-9a-f]{64}");
    }

    @Test
    void refusesWhatTheContractForbidsAndKeepsNothing() {
        String code = registered(502);

        HttpResponse<String> badOrgan = transfer(code, request("G01", "HAND_OVER"), null);
        assertThat(badOrgan.statusCode()).isEqualTo(400);
        assertThat(GatewayHttp.json(badOrgan).at("/code").asText()).isEqualTo("VALIDATION_FAILED");
        assertThat(GatewayHttp.json(badOrgan).at("/errors/0/code").asText()).isEqualTo("INVALID_ORGAN_ID");
        ObjectNode noSubject = request(TAX, "HAND_OVER");
        noSubject.remove("subject");
        noSubject.put("purpose", "ANSWER");
        HttpResponse<String> invalid = transfer(code, noSubject, null);
        assertThat(GatewayHttp.json(invalid).get("errors")).extracting(error -> error.get("field").asText() + " "
                + error.get("code").asText()).containsExactlyInAnyOrder("purpose INVALID_VALUE", "subject REQUIRED");

        ObjectNode othersDocument = request(TAX, "HAND_OVER");
        othersDocument.putArray("documents").addObject().put("documentId", "WH-000-0");
        HttpResponse<String> notFound = transfer(code, othersDocument, null);
        assertThat(notFound.statusCode()).isEqualTo(422);
        assertThat(GatewayHttp.json(notFound).at("/code").asText()).isEqualTo("DOCUMENT_NOT_FOUND");
        assertThat(GatewayHttp.json(notFound).at("/errors/0/field").asText()).isEqualTo("documents[0].documentId");
        assertThat(GatewayHttp.json(notFound).at("/errors/0/code").asText()).isEqualTo("NOT_FOUND");
        assertThat(transfers(code)).isEmpty();

        String unknown = "000.00.00.H00-261128-0599";
        assertThat(http.send("POST", "/api/v1/dossiers/" + unknown + "/transfers", request(TAX, "HAND_OVER").toString(),
                purposeHeaders(unknown)).statusCode()).isIn(403, 404);

        assertThat(dossiers.progress(code, DossierRequests.progress("WITHDRAWN", 5)).statusCode()).isEqualTo(202);
        HttpResponse<String> withdrawn = transfer(code, request(TAX, "HAND_OVER"), null);
        assertThat(withdrawn.statusCode()).isEqualTo(409);
        assertThat(GatewayHttp.json(withdrawn).at("/code").asText()).isEqualTo("CONFLICT");
    }

    @Test
    void aRepeatUnderAnIdempotencyKeyAnswersTheSameTransferAndAPaperTransferIsOnlyRecorded() {
        String code = registered(503);
        ObjectNode paper = request("000.00.00.G03", "HAND_OVER").put("channel", "PAPER");

        JsonNode first = GatewayHttp.json(transfer(code, paper, "counter-503-a"));
        HttpResponse<String> again = transfer(code, paper, "counter-503-a");
        HttpResponse<String> other = transfer(code, paper.deepCopy().put("subject", "Khác"), "counter-503-a");

        assertThat(again.statusCode()).isEqualTo(202);
        assertThat(GatewayHttp.json(again).get("transferId").asText()).isEqualTo(first.get("transferId").asText());
        assertThat(other.statusCode()).isEqualTo(409);
        assertThat(first.get("status").asText()).isEqualTo("RECORDED");
        assertThat(first.get("channel").asText()).isEqualTo("PAPER");
        assertThat(transfers(code)).hasSize(1);
        assertThat(transfer(code, paper, "not a key!").statusCode()).isEqualTo(400);
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3))
                .until(() -> acceptedByTheAxis(first.get("documentId").asText()) == null);
        assertThat(transfers(code).get(0).get("status").asText()).isEqualTo("RECORDED");
    }

    @Test
    void anOrganTheAxisDoesNotKnowFailsTheTransferWithTheAxissCode() {
        String code = registered(504);

        transfer(code, request("000.00.00.G09", "HAND_OVER"), null);

        JsonNode failed = awaitTransfer(code, 0, "FAILED");
        assertThat(failed.get("lastError").asText()).isEqualTo("UNKNOWN_ORGAN");
        assertThat(failed.get("messageId").isNull()).isTrue();
    }

    @Test
    void anOutageAndAnEarlyExpiredTokenDelayTheSendingButLoseAndDoubleNothing() throws Exception {
        String code = registered(505);
        WireMock admin = new WireMock(URI.create(axis).getHost(), URI.create(axis).getPort());
        StubMapping down = admin.register(post(urlPathEqualTo("/edxml/v1/messages")).atPriority(1).inScenario("axis-down")
                .whenScenarioStateIs(Scenario.STARTED).willReturn(aResponse().withStatus(503))
                .willSetStateTo("once"));
        StubMapping throttled = admin.register(post(urlPathEqualTo("/edxml/v1/messages")).atPriority(1)
                .inScenario("axis-down").whenScenarioStateIs("once").willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")
                        .withBody("{\"code\":\"RATE_LIMITED\",\"message\":\"chậm lại\"}"))
                .willSetStateTo("up"));
        try {
            assertThat(axisCall("POST", "/_sandbox/revoke-tokens", "").statusCode()).isEqualTo(200);

            transfer(code, request(TAX, "HAND_OVER"), null);

            JsonNode sent = awaitTransfer(code, 0, "SENT");
            JsonNode accepted = acceptedByTheAxis(sent.get("documentId").asText());
            assertThat(accepted.get("messageId").asText()).isEqualTo(sent.get("messageId").asText());
            assertThat(accepted.get("repeats").asInt()).isZero();
        } finally {
            admin.removeStubMapping(down);
            admin.removeStubMapping(throttled);
        }
    }

    private String registered(int sequence) {
        String code = String.format("000.00.00.H00-261128-%04d", sequence);
        assertThat(dossiers.register(DossierRequests.dossier(code)).statusCode()).isEqualTo(202);
        return code;
    }

    private static ObjectNode request(String organ, String purpose) {
        ObjectNode request = JSON.createObjectNode().put("recipientOrganId", organ).put("purpose", purpose)
                .put("subject", "Đề nghị cho ý kiến về nghĩa vụ tài chính, hồ sơ đăng ký thường trú")
                .put("replyBy", "2026-12-05");
        request.putArray("documents").addObject().put("documentId", DossierRequests.APPLICATION_FORM);
        return request;
    }

    private HttpResponse<String> transfer(String code, JsonNode body, String idempotencyKey) {
        String[] headers = purposeHeaders(code);
        if (idempotencyKey != null) {
            headers = GatewayHttp.with(headers, "Idempotency-Key", idempotencyKey);
        }
        return http.send("POST", "/api/v1/dossiers/" + code + "/transfers", body.toString(), headers);
    }

    private JsonNode transfers(String code) {
        HttpResponse<String> answer = http.get("/api/v1/dossiers/" + code + "/transfers", purposeHeaders(code));
        assertThat(answer.statusCode()).isEqualTo(200);
        return GatewayHttp.json(answer);
    }

    private JsonNode awaitTransfer(String code, int index, String status) {
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200))
                .until(() -> status.equals(transfers(code).get(index).get("status").asText()));
        return transfers(code).get(index);
    }

    private static String[] purposeHeaders(String code) {
        return new String[] {"Content-Type", "application/json", "X-API-Key", GatewayHttp.ONE_STOP_KEY,
                "X-Dossier-Code", code, "X-Officer-Id", "can-bo-1"};
    }

    /** What the sandbox axis accepted under that DocumentId, or null. */
    private JsonNode acceptedByTheAxis(String documentId) throws Exception {
        for (JsonNode accepted : JSON.readTree(axisCall("GET", "/_sandbox/accepted", null).body())) {
            if (documentId.equals(accepted.get("documentId").asText())) {
                return accepted;
            }
        }
        return null;
    }

    /** Stores the gateway's axis inbox into axis_inbox_item as the inbox reader does (a row it already stored stays). */
    private void storeTheInbox() throws Exception {
        String token = JSON.readTree(axisCall("POST", "/auth/token",
                "{\"organId\":\"000.00.00.H00\",\"secret\":\"sandbox-axis-secret\"}").body()).get("token").asText();
        HttpResponse<String> inbox = client.send(HttpRequest.newBuilder(URI.create(axis
                        + "/edxml/v1/inbox?organId=000.00.00.H00&limit=100")).header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.ofString());
        List<String> stored = new ArrayList<>();
        for (JsonNode item : JSON.readTree(inbox.body()).get("items")) {
            try {
                jdbc.sql("INSERT INTO axis_inbox_item (message_id, item_cursor, kind, from_organ_id, document_id, "
                                + "response_for, status_code, description, sent_at, received_at, stored_at, edxml) VALUES "
                                + "(:id, :cursor, :kind, :from, :documentId, :responseFor, :statusCode, :description, "
                                + ":receivedAt, :receivedAt, CURRENT_TIMESTAMP, :edxml)")
                        .param("id", item.get("messageId").asText()).param("cursor", item.get("cursor").asText())
                        .param("kind", item.get("kind").asText()).param("from", item.get("from").asText())
                        .param("documentId", item.get("documentId").textValue())
                        .param("responseFor", item.get("responseFor").textValue())
                        .param("statusCode", item.get("statusCode").textValue())
                        .param("description", description(item))
                        .param("receivedAt", OffsetDateTime.parse(item.get("receivedAt").asText()))
                        .param("edxml", item.get("edxml").asText()).update();
                stored.add(item.get("messageId").asText());
            } catch (DuplicateKeyException storedByTheReader) {
                stored.add(item.get("messageId").asText());
            }
        }
        assertThat(stored).isNotEmpty();
    }

    /** A status's Description or a document's Subject, read from its edXML as the reader does. */
    private static String description(JsonNode item) {
        String edxml = item.get("edxml").asText();
        String element = "STATUS".equals(item.get("kind").asText()) ? "Description" : "Subject";
        int start = edxml.indexOf(":" + element + ">");
        start = start < 0 ? edxml.indexOf("<" + element + ">") + element.length() + 2 : start + element.length() + 2;
        return edxml.substring(start, edxml.indexOf("</", start));
    }

    private HttpResponse<String> axisCall(String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(axis + path)).header("Content-Type", "application/json");
        request = body == null ? request.GET() : request.method(method, HttpRequest.BodyPublishers.ofString(body));
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
