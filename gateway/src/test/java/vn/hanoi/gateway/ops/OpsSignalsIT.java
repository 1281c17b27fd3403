package vn.hanoi.gateway.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.hanoi.gateway.testing.GatewayHttp;
import vn.hanoi.gateway.testing.PrefillCalls;
import vn.hanoi.gateway.testing.SandboxWithTestClock;
import vn.hanoi.gateway.testing.TestClock;

/**
 * The ops summary reads the features themselves: the portal outbox after a dossier is registered, the once-only
 * KPI after a prefill, the audit trail after a lookup (no write failure).
 */
@SandboxWithTestClock
class OpsSignalsIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DAY = "2027-02-10";

    @LocalServerPort
    int port;

    @Autowired
    TestClock clock;

    @AfterEach
    void backToTheFixturesPresent() {
        clock.set(SandboxWithTestClock.FIXTURES_PRESENT);
    }

    @Test
    void theSummaryShowsTheOutboxTheKpiAndTheAuditTrail() {
        GatewayHttp http = new GatewayHttp(port);
        PrefillCalls calls = new PrefillCalls(http);
        calls.synchroniseCatalogue();
        clock.set(DAY + "T09:00:00+07:00");
        http.getAsOneStopShop("/api/v1/citizens/001051409167");
        calls.prefill(PrefillCalls.body("9.000004", "OPS.S-270210-0001", "CITIZEN", "001300973597"));
        String code = "OPS.S-270210-0002";
        register(http, code);
        clock.set(DAY + "T09:05:00+07:00");

        JsonNode summary = GatewayHttp.json(http.get("/api/v1/ops/summary", "X-API-Key", GatewayHttp.OPS_KEY));

        assertThat(summary.at("/outbox/available").asBoolean()).isTrue();
        long depth = summary.at("/outbox/depth").asLong();
        String sync = GatewayHttp.json(http.get("/api/v1/dossiers/" + code, "X-API-Key", GatewayHttp.ONE_STOP_KEY))
                .at("/sync/state").asText();
        assertThat(depth >= 1 || "SYNCED".equals(sync)).as("depth %s, sync %s", depth, sync).isTrue();
        assertThat(summary.at("/outbox/parkedCount").isNumber()).isTrue();
        assertThat(summary.at("/onceOnly/available").asBoolean()).isTrue();
        assertThat(summary.at("/onceOnly/dossiers").asLong()).isPositive();
        assertThat(summary.at("/onceOnly/rate").isNumber()).isTrue();
        assertThat(summary.at("/audit/available").asBoolean()).isTrue();
        assertThat(summary.at("/audit/writeFailures").asLong()).isZero();
    }

    private static void register(GatewayHttp http, String dossierCode) {
        ObjectNode dossier = JSON.createObjectNode().put("dossierCode", dossierCode).put("procedureCode", "9.000004")
                .put("receivedAt", DAY + "T08:30:00+07:00").put("channel", "IN_PERSON")
                .put("receivingUnitCode", "000.00.00.H00");
        dossier.putObject("applicant").put("type", "CITIZEN").put("id", "001166578154").put("name", "Công dân");
        dossier.putArray("documents");
        HttpResponse<String> answer = http.send("POST", "/api/v1/dossiers", dossier.toString(),
                "Content-Type", "application/json", "X-API-Key", GatewayHttp.ONE_STOP_KEY);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(202);
    }
}
