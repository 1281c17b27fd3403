package vn.hanoi.gateway.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import vn.hanoi.gateway.testing.GatewayHttp;
import vn.hanoi.gateway.testing.PrefillCalls;

/**
 * The scripted dossiers of the indicator tests, through the API as a one-stop shop sends them (registration,
 * progress, ratings), and the indicators read back as one line per indicator: {@code "ONLINE 1/4 0.25 0.5 false"}
 * (code, numerator/denominator, rate, target, targetMet).
 */
final class ScriptedDossiers {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final GatewayHttp http;

    ScriptedDossiers(GatewayHttp http) {
        this.http = http;
    }

    /** A citizen's dossier of procedure 9.000004, with no documents; add them with {@link #document}. */
    static ObjectNode dossier(String code, String unit, String channel, String applicant, String receivedAt) {
        ObjectNode dossier = JSON.createObjectNode().put("dossierCode", code).put("procedureCode", "9.000004")
                .put("receivedAt", receivedAt).put("channel", channel).put("receivingUnitCode", unit);
        dossier.putObject("applicant").put("type", "CITIZEN").put("id", applicant).put("name", "Công dân");
        dossier.putArray("documents");
        return dossier;
    }

    /** {@code documentId} null: a paper the applicant brought, not in the warehouse. */
    static ObjectNode document(ObjectNode dossier, String componentCode, String documentType, String documentId) {
        ObjectNode document = dossier.withArray("documents").addObject().put("componentCode", componentCode)
                .put("documentType", documentType);
        if (documentId != null) {
            document.put("documentId", documentId);
        }
        return dossier;
    }

    void register(ObjectNode dossier) {
        HttpResponse<String> answer = http.send("POST", "/api/v1/dossiers", dossier.toString(),
                "Content-Type", "application/json", "X-API-Key", GatewayHttp.ONE_STOP_KEY);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(202);
    }

    /** ACCEPTED at {@code acceptedAt}, then PROCESSED {@code at}: settled at {@code at}. */
    void settle(String code, String acceptedAt, String at) {
        progress(code, "ACCEPTED", acceptedAt);
        progress(code, "PROCESSED", at);
    }

    void progress(String code, String status, String at) {
        String body = JSON.createObjectNode().put("status", status).put("officer", "can-bo-1")
                .put("officerTitle", "Chuyên viên").put("department", "Một cửa").put("note", status).put("at", at)
                .toString();
        HttpResponse<String> answer = http.send("POST", "/api/v1/dossiers/" + code + "/progress", body,
                "Content-Type", "application/json", "X-API-Key", GatewayHttp.ONE_STOP_KEY);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(202);
    }

    /** Prefilled under its own registered dossier (PrefillCalls would register a dossier of its own first). */
    String prefill(String code, String applicant) {
        HttpResponse<String> answer = http.send("POST", "/api/v1/prefill",
                PrefillCalls.body("9.000004", code, "CITIZEN", applicant).toString(), "Content-Type", "application/json",
                "X-API-Key", GatewayHttp.ONE_STOP_KEY, "X-Dossier-Code", code, "X-Officer-Id", "can-bo-1");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return answer.body();
    }

    void rate(String code, String body) {
        HttpResponse<String> answer = postRating(code, body);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
    }

    HttpResponse<String> postRating(String code, String body) {
        return http.send("POST", "/api/v1/dossiers/" + code + "/ratings", body, "Content-Type", "application/json",
                "X-API-Key", GatewayHttp.ONE_STOP_KEY);
    }

    /** {@code GET /api/v1/kpi/indicators} with {@code query} ({@code ?from=…&to=…}), asserted 200. */
    JsonNode indicators(String query) {
        return ok(http.get("/api/v1/kpi/indicators" + query, "X-API-Key", GatewayHttp.ONE_STOP_KEY));
    }

    /** {@code GET /api/v1/kpi/indicators/daily} with {@code query}, as the leaders' page asks it, asserted 200. */
    JsonNode daily(String query) {
        return ok(http.get("/api/v1/kpi/indicators/daily" + query, "X-API-Key", "sandbox-leaders-key"));
    }

    static List<String> rows(JsonNode indicators) {
        List<String> rows = new ArrayList<>();
        indicators.forEach(indicator -> rows.add(indicator.path("code").asText() + " "
                + indicator.path("numerator").asText() + "/" + indicator.path("denominator").asText() + " "
                + decimal(indicator.path("rate")) + " " + decimal(indicator.path("target")) + " "
                + indicator.path("targetMet").asText()));
        return rows;
    }

    /** The row of one indicator. */
    static String row(JsonNode indicators, String code) {
        return rows(indicators).stream().filter(row -> row.startsWith(code + " ")).findFirst()
                .orElseThrow(() -> new AssertionError("no " + code + " in " + indicators));
    }

    /** The row of one indicator of one unit of a report's {@code byUnit}. */
    static String unitRow(JsonNode report, String unitCode, String code) {
        return row(unit(report.path("byUnit"), unitCode), code);
    }

    static JsonNode unit(JsonNode byUnit, String unitCode) {
        for (JsonNode unit : byUnit) {
            if (unit.path("unitCode").asText().equals(unitCode)) {
                return unit.path("indicators");
            }
        }
        throw new AssertionError("no unit " + unitCode + " in " + byUnit);
    }

    private static String decimal(JsonNode value) {
        return value.isNull() ? "null" : String.valueOf(value.decimalValue().doubleValue());
    }

    private static JsonNode ok(HttpResponse<String> answer) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return GatewayHttp.json(answer);
    }
}
