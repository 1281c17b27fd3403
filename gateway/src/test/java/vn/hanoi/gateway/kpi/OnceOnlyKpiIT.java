package vn.hanoi.gateway.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.hanoi.gateway.testing.GatewayHttp;
import vn.hanoi.gateway.testing.PrefillCalls;
import vn.hanoi.gateway.testing.SandboxWithTestClock;
import vn.hanoi.gateway.testing.TestClock;

/**
 * The KPI reflects the prefills and the counter dossiers of its period: a dossier counts once however often it is
 * prefilled, needs no resubmission when every required component a source could hold was FULFILLED, and a counter
 * dossier never prefilled counts as one where the citizen brought everything.
 */
@SandboxWithTestClock
class OnceOnlyKpiIT {

    private static final String DAY = "2026-12-02";
    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    @Autowired
    TestClock clock;

    @Autowired
    MeterRegistry meters;

    private GatewayHttp http;
    private PrefillCalls calls;

    @BeforeEach
    void onADayNoOtherTestUses() {
        http = new GatewayHttp(port);
        calls = new PrefillCalls(http);
        calls.synchroniseCatalogue();
        clock.set(DAY + "T09:00:00+07:00");
    }

    @AfterEach
    void backToTheFixturesPresent() {
        clock.set(SandboxWithTestClock.FIXTURES_PRESENT);
    }

    @Test
    void countsEachDossierOnceAndTheShareThatNeededNoResubmission() {
        prefill("9.000004", "KPI.A-261202-0001", "001300973597");
        prefill("9.000004", "KPI.A-261202-0002", "001080293893");
        prefill("9.000002", "KPI.A-261202-0003", "001300973597");
        prefill("9.000002", "KPI.A-261202-0004", "001051409167");
        prefill("9.000002", "KPI.A-261202-0004", "001051409167");
        register("KPI.A-261202-0001", "001300973597");
        register("KPI.A-261202-0005", "001166578154");

        JsonNode kpi = kpi("?from=" + DAY + "&to=" + DAY);

        assertThat(kpi.path("dossiers").asLong()).isEqualTo(5);
        assertThat(kpi.path("dossiersWithoutResubmission").asLong()).isEqualTo(2);
        assertThat(kpi.path("rate").asDouble()).isEqualTo(0.4);
        assertThat(kpi.path("target").asDouble()).isEqualTo(0.8);
        assertThat(kpi.path("targetMet").asBoolean()).isFalse();
        Map<String, String> byProcedure = new HashMap<>();
        kpi.path("byProcedure").forEach(procedure -> byProcedure.put(procedure.path("procedureCode").asText(),
                procedure.path("dossiersWithoutResubmission").asText() + "/" + procedure.path("dossiers").asText()));
        assertThat(byProcedure).containsOnly(Map.entry("9.000002", "1/2"), Map.entry("9.000004", "1/3"));

        JsonNode nextDay = kpi("?from=2026-12-03&to=2026-12-03");
        assertThat(nextDay.path("dossiers").asLong()).isZero();
        assertThat(nextDay.path("rate").isNull()).isTrue();
    }

    @Test
    void theRateGaugeAgreesWithTheReportOverItsWindow() {
        clock.set("2026-12-05T09:00:00+07:00");
        prefill("9.000004", "KPI.B-261205-0001", "001300973597");
        clock.set("2026-12-05T11:00:00+07:00");

        double gauge = meters.get("gateway.once_only.rate").gauge().value();
        JsonNode window = kpi("?from=2026-11-05T11:00:00%2B07:00");

        assertThat(gauge).isCloseTo(window.path("rate").asDouble(), within(1e-9));
        assertThat(meters.get("gateway.once_only.target").gauge().value()).isEqualTo(0.8);
    }

    @Test
    void refusesAMalformedPeriod() {
        HttpResponse<String> answer = http.get("/api/v1/kpi/once-only?from=yesterday", "X-API-Key",
                GatewayHttp.ONE_STOP_KEY);

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(GatewayHttp.json(answer).at("/errors/0/code").asText()).isEqualTo("INVALID_PERIOD");
    }

    private void prefill(String procedureCode, String dossierCode, String personalId) {
        calls.prefill(PrefillCalls.body(procedureCode, dossierCode, "CITIZEN", personalId));
    }

    private void register(String dossierCode, String personalId) {
        ObjectNode dossier = JSON.createObjectNode().put("dossierCode", dossierCode).put("procedureCode", "9.000004")
                .put("receivedAt", DAY + "T08:30:00+07:00").put("channel", "IN_PERSON")
                .put("receivingUnitCode", "000.00.00.H00");
        dossier.putObject("applicant").put("type", "CITIZEN").put("id", personalId).put("name", "Công dân");
        dossier.putArray("documents");
        HttpResponse<String> answer = http.send("POST", "/api/v1/dossiers", dossier.toString(),
                "Content-Type", "application/json", "X-API-Key", GatewayHttp.ONE_STOP_KEY);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(202);
    }

    private JsonNode kpi(String query) {
        HttpResponse<String> answer = http.get("/api/v1/kpi/once-only" + query, "X-API-Key", GatewayHttp.ONE_STOP_KEY);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return GatewayHttp.json(answer);
    }
}
