package vn.hanoi.gateway.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hanoi.gateway.sandbox.SimulatorServer.json;
import static vn.hanoi.gateway.sandbox.SimulatorServer.send;
import static vn.hanoi.gateway.sandbox.SimulatorServer.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The sandbox document axis as {@code document-axis.md} says: token, messages and their rules, organs, inbox, acks. */
class DocumentAxisSimulatorTest {

    private static final String GATEWAY = "000.00.00.H00";
    private static final String HAND_OVER = fixture("outgoing-hand-over.xml");

    private SimulatorServer axis;
    private String token;

    @BeforeEach
    void start() {
        axis = new SimulatorServer(new DocumentAxisSimulator());
        token = json(post("/auth/token", "application/json",
                "{\"organId\":\"" + GATEWAY + "\",\"secret\":\"sandbox-axis-secret\"}", null)).get("token").asText();
    }

    @AfterEach
    void stop() {
        axis.close();
    }

    @Test
    void givesATokenForTheGatewaysSecretOnlyAndRefusesCallsWithoutOne() {
        HttpResponse<byte[]> wrong = post("/auth/token", "application/json",
                "{\"organId\":\"" + GATEWAY + "\",\"secret\":\"wrong\"}", null);
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(json(wrong).get("code").asText()).isEqualTo("BAD_CREDENTIALS");
        HttpResponse<byte[]> noToken = post("/edxml/v1/messages", "application/xml", HAND_OVER, "not-a-token");
        assertThat(noToken.statusCode()).isEqualTo(401);
        assertThat(json(noToken).get("code").asText()).isEqualTo("BAD_TOKEN");

        post("/_sandbox/revoke-tokens", "application/json", "", null);
        assertThat(json(get("/edxml/v1/organs")).get("code").asText()).isEqualTo("BAD_TOKEN");
    }

    @Test
    void acceptsTheFixturesHandOverOnceAndAnswersARepeatWithTheFirstMessageId() {
        HttpResponse<byte[]> first = post("/edxml/v1/messages", "application/xml", HAND_OVER, token);
        HttpResponse<byte[]> repeat = post("/edxml/v1/messages", "application/xml", HAND_OVER, token);
        HttpResponse<byte[]> other = post("/edxml/v1/messages", "application/xml",
                HAND_OVER.replace("Chuyển thông tin địa chính để", "Chuyển lại thông tin địa chính để"), token);

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(OffsetDateTime.parse(json(first).get("acceptedAt").asText()).getOffset().getTotalSeconds()).isEqualTo(7 * 3600);
        assertThat(repeat.statusCode()).isEqualTo(200);
        assertThat(json(repeat).get("messageId")).isEqualTo(json(first).get("messageId"));
        assertThat(other.statusCode()).isEqualTo(409);
        assertThat(json(other).get("code").asText()).isEqualTo("DUPLICATE_DOCUMENT_ID");
        JsonNode accepted = json(send(axis.request("/_sandbox/accepted")));
        assertThat(accepted).hasSize(1);
        assertThat(accepted.get(0).get("repeats").asInt()).isEqualTo(1);
    }

    @Test
    void refusesEachBrokenRuleWithItsCodeAndDeliversNothing() {
        assertRefused(post("/edxml/v1/messages", "application/json", HAND_OVER, token), 415, "UNSUPPORTED_MEDIA_TYPE", null, null);
        assertRefused(post("/edxml/v1/messages", "application/xml", "not xml", token), 400, "MALFORMED", "NOT_XML", null);
        assertRefused(post("/edxml/v1/messages", "application/xml", "<a/>", token), 400, "MALFORMED", "NOT_EDXML", null);
        assertRefused(post("/edxml/v1/messages", "application/xml", fixture("malformed-missing-documentid.xml"), token),
                400, "MALFORMED", "MISSING_ELEMENT", "MessageHeader/DocumentId");
        assertRefused(post("/edxml/v1/messages", "application/xml", HAND_OVER.replace(
                "<edXML:OrganId>000.00.00.G01</edXML:OrganId>", "<edXML:OrganId>000.00.00.G09</edXML:OrganId>"), token),
                404, "UNKNOWN_ORGAN", null, null);
        assertRefused(post("/edxml/v1/messages", "application/xml", HAND_OVER.replace(
                "<edXML:OrganId>000.00.00.H00</edXML:OrganId>\n        <edXML:OrganName>UBND",
                "<edXML:OrganId>000.00.00.H01</edXML:OrganId>\n        <edXML:OrganName>UBND"), token),
                403, "SENDER_MISMATCH", null, null);
        assertRefused(post("/edxml/v1/messages", "application/xml", HAND_OVER.replace("20/11/2026</edXML:PromulgationDate>",
                "31/02/2026</edXML:PromulgationDate>"), token), 400, "MALFORMED", "BAD_DATE",
                "MessageHeader/PromulgationInfo/PromulgationDate");
        assertRefused(post("/edxml/v1/messages", "application/xml", HAND_OVER.replace("f876bf66", "0876bf66"), token),
                400, "MALFORMED", "HASH_MISMATCH", null);
        assertRefused(post("/edxml/v1/messages", "application/xml", HAND_OVER.replace(
                "<edXML:ContentId>cid:2</edXML:ContentId>\n      <edXML:ContentTransferEncoded>",
                "<edXML:ContentId>cid:3</edXML:ContentId>\n      <edXML:ContentTransferEncoded>"), token),
                400, "MALFORMED", "ATTACHMENT_MISMATCH", null);
        assertRefused(post("/edxml/v1/messages", "application/xml", HAND_OVER.replace("JVBERi0xLjQKMSAw", "JVBERi0x*jQKMSAw"),
                token), 400, "MALFORMED", "BAD_BASE64", null);
        assertRefused(post("/edxml/v1/messages", "application/xml", HAND_OVER.replace("<edXML:MucDich>2<", "<edXML:MucDich>7<"),
                token), 400, "MALFORMED", "BAD_VALUE", "HoSoLienThong/MucDich");
        assertThat(json(send(axis.request("/_sandbox/accepted")))).isEmpty();
    }

    @Test
    void theTaxOfficeAnswersARequestForAnOpinionWithStatusesAndAReplyASecondApart() {
        JsonNode accepted = json(post("/edxml/v1/messages", "application/xml",
                HAND_OVER.replace("<edXML:MucDich>2<", "<edXML:MucDich>1<"), token));
        OffsetDateTime at = OffsetDateTime.parse(accepted.get("acceptedAt").asText());

        JsonNode items = json(get("/edxml/v1/inbox?organId=" + GATEWAY + "&after=2&limit=100")).get("items");

        assertThat(items).extracting(item -> item.get("kind").asText() + " " + item.get("statusCode").asText(""))
                .containsExactly("STATUS 01", "STATUS 03", "STATUS 04", "STATUS 05", "DOCUMENT ", "STATUS 06");
        assertThat(items).extracting(item -> item.get("responseFor").asText())
                .containsOnly("000.00.00.H00,2026/11/20,LT-000017/HNI-LTMC");
        assertThat(OffsetDateTime.parse(items.get(0).get("receivedAt").asText())).isEqualTo(at.plusSeconds(1));
        assertThat(items.get(4).get("edxml").asText()).contains("ket-qua-y-kien.pdf").contains("<edXML:MucDich>1</edXML:MucDich>")
                .contains("<edXML:MaHoSo>000.00.00.H00-261120-0101</edXML:MaHoSo>");
        assertThat(items.get(1).get("edxml").asText()).contains("<edXML:StatusCode>03</edXML:StatusCode>");
    }

    @Test
    void theInboxStartsWithTheIncomingFixturesAndGivesItemsAgainUntilAcknowledged() {
        JsonNode first = json(get("/edxml/v1/inbox?organId=" + GATEWAY + "&limit=1"));
        assertThat(first.at("/items/0/cursor").asText()).isEqualTo("1");
        assertThat(first.at("/items/0/documentId").asText()).isEqualTo("000.00.00.H01,2026/11/18,412/UBND-LT");
        assertThat(first.get("nextCursor").asText()).isEqualTo("1");
        assertThat(first.get("hasMore").asBoolean()).isTrue();
        JsonNode after = json(get("/edxml/v1/inbox?organId=" + GATEWAY + "&after=1"));
        assertThat(after.at("/items/0/cursor").asText()).isEqualTo("2");
        assertThat(after.get("hasMore").asBoolean()).isFalse();
        assertThat(json(get("/edxml/v1/inbox?organId=" + GATEWAY)).get("items")).as("again until acknowledged").hasSize(2);

        JsonNode ack = json(post("/edxml/v1/ack", "application/json", "{\"organId\":\"" + GATEWAY + "\",\"upTo\":\"1\"}", token));
        assertThat(ack.get("acknowledged").asInt()).isEqualTo(1);
        assertThat(json(post("/edxml/v1/ack", "application/json", "{\"organId\":\"" + GATEWAY + "\",\"upTo\":\"1\"}", token))
                .get("acknowledged").asInt()).isZero();
        JsonNode rest = json(get("/edxml/v1/inbox?organId=" + GATEWAY));
        assertThat(rest.get("items")).extracting(item -> item.get("cursor").asText()).containsExactly("2");
        JsonNode none = json(get("/edxml/v1/inbox?organId=" + GATEWAY + "&after=2"));
        assertThat(none.get("items")).isEmpty();
        assertThat(none.get("nextCursor").asText()).isEqualTo("2");

        assertThat(json(get("/edxml/v1/inbox?organId=" + GATEWAY + "&after=99")).get("code").asText()).isEqualTo("BAD_CURSOR");
        assertThat(json(get("/edxml/v1/inbox?organId=" + GATEWAY + "&limit=101")).get("code").asText()).isEqualTo("BAD_LIMIT");
        assertThat(json(get("/edxml/v1/inbox?organId=000.00.00.G01")).get("code").asText()).isEqualTo("SENDER_MISMATCH");
    }

    private static void assertRefused(HttpResponse<byte[]> answer, int status, String code, String reason, String element) {
        assertThat(answer.statusCode()).as(code + " " + reason).isEqualTo(status);
        JsonNode error = json(answer);
        assertThat(error.get("code").asText()).isEqualTo(code);
        if (reason != null) {
            assertThat(error.get("reason").asText()).isEqualTo(reason);
        }
        if (element != null) {
            assertThat(error.get("element").asText()).isEqualTo(element);
        }
        assertThat(error.get("message").asText()).isNotBlank();
    }

    private HttpResponse<byte[]> post(String path, String contentType, String body, String bearer) {
        var request = axis.request(path).header("Content-Type", contentType).POST(text(body));
        return send(bearer == null ? request : request.header("Authorization", "Bearer " + bearer));
    }

    private HttpResponse<byte[]> get(String path) {
        return send(axis.request(path).header("Authorization", "Bearer " + token));
    }

    private static String fixture(String name) {
        try {
            return Files.readString(SimulatorServer.FIXTURES.resolve("document-axis").resolve(name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
