package vn.hanoi.gateway.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
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
 * The plan's indicators for a scripted set of dossiers, in days no other test uses, against values computed by hand
 * (the table in each test's comment). Four dossiers received on 2027-01-11 by two units:
 * <pre>
 *        unit     channel    documents   due     settled (PROCESSED)   rating
 *   A    IND.U1   IN_PERSON  WH-000-0    01-15   01-12 (on time)       SATISFIED (counter), prefilled: TP02 held
 *   B    IND.U1   ONLINE     none        01-11   01-13 (late)          none
 *   C    IND.U2   IN_PERSON  WH-001-0    none    01-12                 complaint about SETTLEMENT (portal)
 *   D    IND.U2   IN_PERSON  none        01-20   not settled           none
 * </pre>
 */
@SandboxWithTestClock
class IndicatorsIT {

    private static final String PERIOD = "?from=2027-01-11&to=2027-01-13";
    private static final String A = "IND-270111-0001";
    private static final String B = "IND-270111-0002";
    private static final String C = "IND-270111-0003";
    private static final String D = "IND-270111-0004";
    private static final String ACCEPTED = "2027-01-11T09:30:00+07:00";

    @LocalServerPort
    int port;

    @Autowired
    TestClock clock;

    private GatewayHttp http;
    private ScriptedDossiers dossiers;

    @BeforeEach
    void theScriptedDossiers() {
        http = new GatewayHttp(port);
        dossiers = new ScriptedDossiers(http);
        new PrefillCalls(http).synchroniseCatalogue();
        if (dossiers.indicators(PERIOD).at("/indicators/1/denominator").asLong() > 0) {
            return;
        }
        clock.set("2027-01-11T09:00:00+07:00");
        register(A, "IND.U1", "IN_PERSON", "001300973597", "WH-000-0", "2027-01-15T17:00:00+07:00");
        register(B, "IND.U1", "ONLINE", "001080293893", null, "2027-01-11T17:00:00+07:00");
        register(C, "IND.U2", "IN_PERSON", "079217559077", "WH-001-0", null);
        register(D, "IND.U2", "IN_PERSON", "001051409167", null, "2027-01-20T17:00:00+07:00");
        dossiers.prefill(A, "001300973597");
        dossiers.settle(A, ACCEPTED, "2027-01-12T10:00:00+07:00");
        dossiers.settle(C, ACCEPTED, "2027-01-12T11:00:00+07:00");
        dossiers.settle(B, ACCEPTED, "2027-01-13T10:00:00+07:00");
        dossiers.rate(A, "{\"source\": \"COUNTER_DEVICE\", \"satisfaction\": \"SATISFIED\"}");
        dossiers.rate(C, "{\"source\": \"PORTAL\", \"complaint\": \"SETTLEMENT\"}");
        clock.set("2027-01-14T09:00:00+07:00");
    }

    @AfterEach
    void backToTheFixturesPresent() {
        clock.set(SandboxWithTestClock.FIXTURES_PRESENT);
    }

    @Test
    void everyIndicatorOverallEqualsTheHandComputedValue() {
        JsonNode report = dossiers.indicators(PERIOD);

        assertThat(report.path("from").asText()).isEqualTo("2027-01-11");
        assertThat(report.path("to").asText()).isEqualTo("2027-01-13");
        assertThat(report.path("unitCode").isNull()).isTrue();
        // ON_TIME: settled A, B, C; with a due date A, B; on time A. ONLINE: B of 4. DIGITISED: A, C of 4.
        // RESULT_DIGITISED: no signed result among the 3 settled. DATA_REUSED: 4 of 4, none of them submitted TP02
        // (the identity the population register holds); TP01 has no source (DataReusedIT counts resubmissions).
        // E_TRANSFER: no transfer. SATISFACTION: 4 received less B (overdue) and C (complaint).
        assertThat(ScriptedDossiers.rows(report.path("indicators"))).containsExactly(
                "ON_TIME 1/2 0.5 null null",
                "ONLINE 1/4 0.25 0.5 false",
                "DOSSIER_DIGITISED 2/4 0.5 null null",
                "RESULT_DIGITISED 0/3 0.0 1.0 false",
                "DATA_REUSED 4/4 1.0 0.8 true",
                "E_TRANSFER 0/0 null 0.8 null",
                "SATISFACTION 2/4 0.5 0.95 false");
        assertThat(report.at("/indicators/0/name").asText()).isEqualTo("Tỷ lệ hồ sơ giải quyết đúng hạn");
    }

    @Test
    void byUnitEachUnitCountsItsOwnDossiers() {
        JsonNode byUnit = dossiers.indicators(PERIOD).path("byUnit");

        List<String> units = new ArrayList<>();
        byUnit.forEach(unit -> units.add(unit.path("unitCode").asText()));
        assertThat(units).containsSubsequence("IND.U1", "IND.U2");
        assertThat(ScriptedDossiers.rows(ScriptedDossiers.unit(byUnit, "IND.U1"))).containsExactly(
                "ON_TIME 1/2 0.5 null null",
                "ONLINE 1/2 0.5 0.5 true",
                "DOSSIER_DIGITISED 1/2 0.5 null null",
                "RESULT_DIGITISED 0/2 0.0 1.0 false",
                "DATA_REUSED 2/2 1.0 0.8 true",
                "E_TRANSFER 0/0 null 0.8 null",
                "SATISFACTION 1/2 0.5 0.95 false");
        assertThat(ScriptedDossiers.rows(ScriptedDossiers.unit(byUnit, "IND.U2"))).containsExactly(
                "ON_TIME 0/0 null null null",
                "ONLINE 0/2 0.0 0.5 false",
                "DOSSIER_DIGITISED 1/2 0.5 null null",
                "RESULT_DIGITISED 0/1 0.0 1.0 false",
                "DATA_REUSED 2/2 1.0 0.8 true",
                "E_TRANSFER 0/0 null 0.8 null",
                "SATISFACTION 1/2 0.5 0.95 false");
    }

    @Test
    void oneUnitAskedGivesThatUnitsIndicatorsAndNoBreakdown() {
        JsonNode report = dossiers.indicators(PERIOD + "&unitCode=IND.U2");

        assertThat(report.path("unitCode").asText()).isEqualTo("IND.U2");
        assertThat(report.path("byUnit")).isEmpty();
        assertThat(ScriptedDossiers.rows(report.path("indicators"))).first().isEqualTo("ON_TIME 0/0 null null null");
        assertThat(ScriptedDossiers.rows(report.path("indicators"))).contains("ONLINE 0/2 0.0 0.5 false");
    }

    @Test
    void aPeriodWithoutRatingsLeavesSatisfactionUnreported() {
        JsonNode report = dossiers.indicators("?from=2027-01-12&to=2027-01-13");

        // Nothing was received on those days; A, B and C were settled then.
        assertThat(ScriptedDossiers.rows(report.path("indicators"))).containsExactly(
                "ON_TIME 1/2 0.5 null null",
                "ONLINE 0/0 null 0.5 null",
                "DOSSIER_DIGITISED 0/0 null null null",
                "RESULT_DIGITISED 0/3 0.0 1.0 false",
                "DATA_REUSED 0/0 null 0.8 null",
                "E_TRANSFER 0/0 null 0.8 null",
                "SATISFACTION null/null null 0.95 null");
    }

    @Test
    void refusesPeriodsTheContractDoesNotAllow() {
        for (String query : List.of("", "?from=2027-01-11", "?from=2027-01-13&to=2027-01-11",
                "?from=2026-01-01&to=2027-01-02", "?from=11/01/2027&to=2027-01-13")) {
            HttpResponse<String> answer = http.get("/api/v1/kpi/indicators" + query, "X-API-Key",
                    GatewayHttp.ONE_STOP_KEY);

            assertThat(answer.statusCode()).as(query).isEqualTo(400);
            assertThat(GatewayHttp.json(answer).path("code").asText()).isEqualTo("VALIDATION_FAILED");
            assertThat(GatewayHttp.json(answer).at("/errors/0/code").asText()).isEqualTo("INVALID_PERIOD");
        }
    }

    @Test
    void aRatingNeedsAKnownDossierAndSomethingRated() {
        HttpResponse<String> unknown = dossiers.postRating("IND-270111-0099", "{\"source\": \"PORTAL\", \"satisfaction\": \"SATISFIED\"}");
        HttpResponse<String> empty = dossiers.postRating(A, "{\"source\": \"PORTAL\"}");
        HttpResponse<String> badChoice = dossiers.postRating(A, "{\"source\": \"KIOSK\", \"satisfaction\": \"SATISFIED\"}");

        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(GatewayHttp.json(unknown).path("code").asText()).isEqualTo("NOT_FOUND");
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(GatewayHttp.json(empty).at("/errors/0/code").asText()).isEqualTo("NOTHING_RATED");
        assertThat(badChoice.statusCode()).isEqualTo(400);
        assertThat(GatewayHttp.json(badChoice).at("/errors/0/field").asText()).isEqualTo("source");
    }

    private void register(String code, String unit, String channel, String applicant, String documentId, String dueAt) {
        ObjectNode dossier = ScriptedDossiers.dossier(code, unit, channel, applicant, "2027-01-11T08:30:00+07:00");
        if (dueAt != null) {
            dossier.put("dueAt", dueAt);
        }
        if (documentId != null) {
            ScriptedDossiers.document(dossier, "TP01", "APPLICATION_FORM", documentId);
        }
        dossiers.register(dossier);
    }
}
