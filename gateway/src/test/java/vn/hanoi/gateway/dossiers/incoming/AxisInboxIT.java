package vn.hanoi.gateway.dossiers.incoming;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.hanoi.gateway.GatewayApplication;
import vn.hanoi.gateway.mappings.documentaxis.EdxmlReader;
import vn.hanoi.gateway.mappings.documentaxis.StatusMessage;
import vn.hanoi.gateway.testing.BundledFixtures;
import vn.hanoi.gateway.testing.GatewayHttp;

/**
 * The gateway's inbox at the axis against a stubbed axis, on a file database that outlives a restart: items are stored
 * (as the V61 columns say) before they are acknowledged, a token the axis expired early is replaced once, a crash
 * between storing and acknowledging (here the ack fails and the gateway restarts) loses and doubles nothing, repeats are
 * dropped by messageId, and the two incoming fixtures land in the inboxes {@code expected-routing.json} names, their
 * files in the warehouse. A reply to one of the gateway's transfers and an unreadable document are stored, not routed.
 * A unit's refusal and acceptance go back to the sender as statuses {@code 02} (with the reason) and {@code 03}, once.
 */
class AxisInboxIT {

    private static final String TAX_OFFICE = "000.00.00.G01";
    private static final String OTHER_PROVINCE = "000.00.00.H01";
    private static final String OUR_TRANSFER = "000.00.00.H00,2026/11/20,LT-000017/HNI-LTMC";

    @TempDir
    Path data;

    @Test
    void storesBeforeAcknowledgingDropsRepeatsAcrossARestartAndRoutesTheIncomingTransfers() {
        try (AxisInboxStub axis = new AxisInboxStub()) {
            axis.refuseTheFirstToken();
            axis.serve(null, List.of(
                    document("1", "AX-000001", OTHER_PROVINCE, "000.00.00.H01,2026/11/18,412/UBND-LT", null,
                            "2026-11-20T08:00:00+07:00", fixture("incoming-transfer-08980.xml")),
                    document("2", "AX-000002", OTHER_PROVINCE, "000.00.00.H01,2026/11/19,415/UBND-LT", null,
                            "2026-11-20T08:30:00+07:00", fixture("incoming-transfer-legacy-00055.xml")),
                    new AxisInboxStub.Item("3", "AX-000003", "STATUS", TAX_OFFICE, null, OUR_TRANSFER, "03",
                            "2026-11-20T09:15:02+07:00", fixture("status-03-received.xml")),
                    document("4", "AX-000004", "000.00.00.H00", null, null, "2026-11-20T09:20:00+07:00",
                            fixture("malformed-missing-documentid.xml"))));
            axis.acknowledgeWith(500);

            try (ConfigurableApplicationContext gateway = start(axis)) {
                assertThatThrownBy(() -> read(gateway)).rootCause().hasMessageContaining("ack answered 500");

                JdbcClient jdbc = gateway.getBean(JdbcClient.class);
                assertThat(count(jdbc, "axis_inbox_item")).isEqualTo(4);
                assertThat(jdbc.sql("SELECT item_cursor FROM axis_inbox_cursor").query(String.class).single())
                        .isEqualTo("4");
                assertThat(axis.tokensFetched()).as("t1 refused as expired, t2 fetched once").isEqualTo(2);
                assertTheItemsAreStoredAsTheColumnsSay(jdbc);
            }

            axis.acknowledgeWith(200);
            String reply = fixture("incoming-transfer-08980.xml")
                    .replace("000.00.00.H01,2026/11/18,412/UBND-LT", "000.00.00.G01,2026/11/21,77/CT-YK")
                    .replace("<Subject>", "<ResponseFor><OrganId>000.00.00.H00</OrganId><DocumentId>" + OUR_TRANSFER
                            + "</DocumentId></ResponseFor><Subject>");
            axis.serve("4", List.of(
                    new AxisInboxStub.Item("3", "AX-000003", "STATUS", TAX_OFFICE, null, OUR_TRANSFER, "03",
                            "2026-11-20T09:15:02+07:00", fixture("status-03-received.xml")),
                    document("4", "AX-000004", "000.00.00.H00", null, null, "2026-11-20T09:20:00+07:00",
                            fixture("malformed-missing-documentid.xml")),
                    document("5", "AX-000005", TAX_OFFICE, "000.00.00.G01,2026/11/21,77/CT-YK", OUR_TRANSFER,
                            "2026-11-21T10:00:00+07:00", reply)));

            try (ConfigurableApplicationContext gateway = start(axis)) {
                JdbcClient jdbc = gateway.getBean(JdbcClient.class);
                jdbc.sql("INSERT INTO dossier_transfer (transfer_id, dossier_code, recipient_organ_id, purpose, subject, "
                        + "channel, documents, document_id, state, created_at) VALUES ('LT-000017', "
                        + "'000.00.00.H00-261120-0101', '000.00.00.G01', 'HAND_OVER', 'Chuyển', 'AXIS', '[]', :id, "
                        + "'SENT', CURRENT_TIMESTAMP)").param("id", OUR_TRANSFER).update();

                assertThat(read(gateway)).as("only the reply is new").isEqualTo(1);

                assertThat(axis.acknowledgementsUpTo("4")).as("what was stored before the crash, acknowledged")
                        .isEqualTo(2);
                assertThat(axis.acknowledgementsUpTo("5")).isEqualTo(1);
                assertThat(count(jdbc, "axis_inbox_item")).isEqualTo(5);
                assertThat(jdbc.sql("SELECT message_id FROM axis_incoming_transfer ORDER BY message_id")
                        .query(String.class).list()).as("neither the reply nor the unreadable document is routed")
                        .containsExactly("AX-000001", "AX-000002");
                assertThat(count(jdbc, "warehouse_document WHERE issuer = 'UBND tỉnh khác (sandbox)'"))
                        .as("each file kept once").isEqualTo(3);

                GatewayHttp http = new GatewayHttp(
                        gateway.getEnvironment().getRequiredProperty("local.server.port", Integer.class));
                IncomingInboxes.assertAsTheExpectedRoutingSays(http, jdbc);
                assertUnitsAnswersGoBackToTheSender(http, gateway, axis);
            }
        }
    }

    private static void assertTheItemsAreStoredAsTheColumnsSay(JdbcClient jdbc) {
        Map<String, Object> status = jdbc.sql("SELECT * FROM axis_inbox_item WHERE message_id = 'AX-000003'")
                .query().singleRow();
        assertThat(status).containsEntry("ITEM_CURSOR", "3").containsEntry("KIND", "STATUS")
                .containsEntry("FROM_ORGAN_ID", TAX_OFFICE).containsEntry("RESPONSE_FOR", OUR_TRANSFER)
                .containsEntry("STATUS_CODE", "03").containsEntry("DESCRIPTION", "Đã tiếp nhận, vào sổ văn bản đến")
                .containsEntry("EDXML", fixture("status-03-received.xml"));
        assertThat(status.get("DOCUMENT_ID")).isNull();
        assertThat(instant(jdbc, "sent_at", "AX-000003")).isEqualTo("2026-11-20T02:15:02Z");
        assertThat(instant(jdbc, "received_at", "AX-000003")).isEqualTo("2026-11-20T02:15:02Z");

        Map<String, Object> document = jdbc.sql("SELECT * FROM axis_inbox_item WHERE message_id = 'AX-000001'")
                .query().singleRow();
        assertThat(document).containsEntry("KIND", "DOCUMENT")
                .containsEntry("DOCUMENT_ID", "000.00.00.H01,2026/11/18,412/UBND-LT")
                .containsEntry("DESCRIPTION", "Chuyển hồ sơ đăng ký thường trú về nơi cư trú mới");
        assertThat(document.get("RESPONSE_FOR")).isNull();
        assertThat(instant(jdbc, "sent_at", "AX-000001")).as("the last TraceHeader's Timestamp")
                .isEqualTo("2026-11-18T07:02:11Z");

        Map<String, Object> unreadable = jdbc.sql("SELECT * FROM axis_inbox_item WHERE message_id = 'AX-000004'")
                .query().singleRow();
        assertThat(unreadable).containsEntry("EDXML", fixture("malformed-missing-documentid.xml"));
        assertThat(unreadable.get("DESCRIPTION")).isNull();
    }

    private static void assertUnitsAnswersGoBackToTheSender(GatewayHttp http, ConfigurableApplicationContext gateway,
                                                            AxisInboxStub axis) {
        axis.acceptMessages();
        String refusal = "{\"decision\": \"REFUSED\", \"reason\": \"Không thuộc thẩm quyền\", \"officer\": \"can-bo-1\"}";

        HttpResponse<String> refused = decide(http, "AX-000002", refusal);
        HttpResponse<String> again = decide(http, "AX-000002", refusal);
        HttpResponse<String> changed = decide(http, "AX-000002", "{\"decision\": \"ACCEPTED\", \"officer\": \"can-bo-1\"}");
        HttpResponse<String> noReason = decide(http, "AX-000001", "{\"decision\": \"REFUSED\", \"officer\": \"can-bo-1\"}");
        HttpResponse<String> unknown = decide(http, "AX-999999", "{\"decision\": \"ACCEPTED\", \"officer\": \"can-bo-1\"}");
        HttpResponse<String> accepted = decide(http, "AX-000001", "{\"decision\": \"ACCEPTED\", \"officer\": \"can-bo-2\"}");

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(200);
        JsonNode decision = GatewayHttp.json(refused);
        assertThat(decision.path("source").asText()).isEqualTo("DOCUMENT_AXIS");
        assertThat(decision.path("decision").asText()).isEqualTo("REFUSED");
        assertThat(decision.path("answer").path("statusCode").asText()).isEqualTo("02");
        assertThat(decision.path("answer").path("state").asText()).isEqualTo("PENDING");
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(GatewayHttp.json(again).path("decidedAt")).isEqualTo(decision.path("decidedAt"));
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(409);
        assertThat(noReason.statusCode()).as(noReason.body()).isEqualTo(400);
        assertThat(unknown.statusCode()).as(unknown.body()).isEqualTo(404);
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);

        int sent = gateway.getBean(ProducerTemplate.class)
                .requestBody("direct:document-axis-answers", null, Integer.class);

        assertThat(sent).isEqualTo(2);
        List<StatusMessage> posted = axis.messagesPosted().stream()
                .map(xml -> (StatusMessage) new EdxmlReader().read(xml)).toList();
        assertThat(posted).extracting(StatusMessage::statusCode).containsExactlyInAnyOrder("02", "03");
        StatusMessage refusalSent = posted.stream().filter(status -> status.statusCode().equals("02")).findFirst()
                .orElseThrow();
        assertThat(refusalSent.statusCode()).isEqualTo("02");
        assertThat(refusalSent.description()).isEqualTo("Không thuộc thẩm quyền");
        assertThat(refusalSent.responseFor()).isEqualTo("000.00.00.H01,2026/11/19,415/UBND-LT");
        assertThat(refusalSent.responseForOrganId()).isEqualTo(OTHER_PROVINCE);
        assertThat(refusalSent.responseForCode()).isEqualTo("415/UBND-LT");
        assertThat(refusalSent.fromOrganId()).isEqualTo("000.00.00.H00");
        assertThat(refusalSent.staff()).isEqualTo("can-bo-1");
        StatusMessage acceptanceSent = posted.stream().filter(status -> status.statusCode().equals("03")).findFirst()
                .orElseThrow();
        assertThat(acceptanceSent.responseFor()).isEqualTo("000.00.00.H01,2026/11/18,412/UBND-LT");
        assertThat(GatewayHttp.json(decide(http, "AX-000002", refusal)).path("answer").path("state").asText())
                .isEqualTo("SENT");
        assertThat(gateway.getBean(ProducerTemplate.class)
                .requestBody("direct:document-axis-answers", null, Integer.class)).as("nothing sent twice").isZero();
    }

    private static HttpResponse<String> decide(GatewayHttp http, String entryId, String body) {
        return http.send("POST", "/api/v1/inbox/" + entryId + "/acceptance", body, "X-API-Key",
                GatewayHttp.ONE_STOP_KEY, "Content-Type", "application/json");
    }

    private static AxisInboxStub.Item document(String cursor, String messageId, String from, String documentId,
                                               String responseFor, String receivedAt, String edxml) {
        return new AxisInboxStub.Item(cursor, messageId, "DOCUMENT", from, documentId, responseFor, null, receivedAt,
                edxml);
    }

    private static int read(ConfigurableApplicationContext gateway) {
        return gateway.getBean(ProducerTemplate.class).requestBody("direct:document-axis-inbox", null, Integer.class);
    }

    private static long count(JdbcClient jdbc, String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }

    private static String instant(JdbcClient jdbc, String column, String messageId) {
        return jdbc.sql("SELECT " + column + " FROM axis_inbox_item WHERE message_id = :id").param("id", messageId)
                .query((row, n) -> row.getObject(1, java.time.OffsetDateTime.class).toInstant().toString()).single();
    }

    private ConfigurableApplicationContext start(AxisInboxStub axis) {
        return new SpringApplicationBuilder(GatewayApplication.class).run(
                "--server.port=0",
                "--spring.datasource.url=jdbc:h2:file:" + data.resolve("gateway")
                        + ";MODE=PostgreSQL;AUTO_SERVER=FALSE;WRITE_DELAY=0",
                "--gateway.intake.enabled=false",
                "--gateway.catalogue.enabled=false",
                "--gateway.dossiers.outbox.enabled=false",
                "--gateway.connectors.document-axis.base-url=" + axis.baseUrl(),
                // a stub just started, on a machine the build shares, may take longer than the default 3 s to answer
                "--gateway.connectors.document-axis.attempt-timeout=30s",
                "--gateway.connectors.document-axis.inbox.enabled=false");
    }

    private static String fixture(String name) {
        try {
            return Files.readString(BundledFixtures.root().resolve("document-axis").resolve(name),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
