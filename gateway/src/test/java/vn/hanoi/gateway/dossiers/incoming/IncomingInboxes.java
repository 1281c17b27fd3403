package vn.hanoi.gateway.dossiers.incoming;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.hanoi.gateway.mappings.testing.JsonFieldDiff;
import vn.hanoi.gateway.testing.BundledFixtures;
import vn.hanoi.gateway.testing.GatewayHttp;

/** The incoming fixtures as units' inboxes show them, against {@code expected-routing.json}, and their warehouse files. */
final class IncomingInboxes {

    private IncomingInboxes() {
    }

    /**
     * Every transfer of {@code expected-routing.json} is listed ({@code source DOCUMENT_AXIS}) where its routing says,
     * field by field but the gateway-assigned ids, its files kept once in the warehouse as the applicant's; returns
     * the entries' ids in the file's order.
     */
    static List<String> assertAsTheExpectedRoutingSays(GatewayHttp http, JdbcClient jdbc) {
        JsonNode expected = BundledFixtures.json("document-axis/expected-routing.json");
        ArrayNode shown = JsonNodeFactory.instance.arrayNode();
        List<String> kept = new ArrayList<>();
        List<String> entryIds = new ArrayList<>();
        for (JsonNode transfer : expected) {
            ((ObjectNode) transfer).remove("file");
            JsonNode routing = transfer.get("routing");
            String query = routing.get("unitCode").isNull() ? "decision=MANUAL_TRIAGE"
                    : "unitCode=" + routing.get("unitCode").asText();
            for (JsonNode entry : GatewayHttp.json(http.getAsOneStopShop("/api/v1/inbox?" + query))) {
                if (entry.path("source").asText().equals("DOCUMENT_AXIS")) {
                    ObjectNode copy = entry.deepCopy();
                    assertThat(copy.remove("receivedAt").asText()).endsWith("+07:00");
                    entryIds.add(copy.remove("entryId").asText());
                    copy.remove(List.of("source", "takenAt"));
                    copy.withArray("/transfer/attachments")
                            .forEach(file -> kept.add(((ObjectNode) file).remove("documentId").asText()));
                    shown.add(copy);
                }
            }
        }
        assertThat(JsonFieldDiff.between(expected, shown)).isEmpty();

        assertThat(kept).hasSize(3).doesNotHaveDuplicates();
        Map<String, Object> birthNotice = jdbc.sql("SELECT * FROM warehouse_document WHERE document_id = :id")
                .param("id", kept.get(2)).query().singleRow();
        assertThat(birthNotice).containsEntry("OWNER_TYPE", "CITIZEN").containsEntry("OWNER_ID", "001078992870")
                .containsEntry("DOCUMENT_TYPE", "BIRTH_NOTICE").containsEntry("TITLE", "giay-chung-sinh.pdf")
                .containsEntry("ISSUER", "UBND tỉnh khác (sandbox)")
                .containsEntry("DOSSIER_CODE", "000.00.00.H01-261119-0415")
                .containsEntry("SHA256", "c5bc74707333f44c207be2e28e4b9f104389fd577a4d12f97f0fa3fb721258c6");
        assertThat(String.valueOf(birthNotice.get("ISSUED_ON"))).isEqualTo("2026-11-19");
        return entryIds;
    }

}
