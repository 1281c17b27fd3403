package vn.hanoi.gateway.dossiers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import vn.hanoi.gateway.input.StrictJson;
import vn.hanoi.gateway.mappings.npsp.CounterDossier;
import vn.hanoi.gateway.mappings.npsp.ProgressUpdate;
import vn.hanoi.gateway.testing.GatewayHttp;

/** Dossier and progress bodies as a counter sends them, and the calls that send them. */
public final class DossierRequests {

    public static final OffsetDateTime RECEIVED_AT = OffsetDateTime.parse("2026-11-28T08:10:00+07:00");
    /** The applicant's application form, digitised at the counter: seeded into the sandbox warehouse. */
    public static final String APPLICATION_FORM = "WH-TK-001305885451";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final StrictJson STRICT = new StrictJson(JSON);

    private final GatewayHttp http;

    public DossierRequests(GatewayHttp http) {
        this.http = http;
    }

    /** {@code 000.00.00.H00-261128-<sequence>}. */
    static String code(int sequence) {
        return String.format("000.00.00.H00-261128-%04d", sequence);
    }

    public static ObjectNode dossier(String code) {
        ObjectNode dossier = JSON.createObjectNode()
                .put("dossierCode", code)
                .put("procedureCode", "9.000003")
                .put("receivedAt", RECEIVED_AT.toString())
                .put("dueAt", RECEIVED_AT.plusDays(7).toString())
                .put("channel", "IN_PERSON")
                .put("receivingUnitCode", "00070")
                .put("summary", "Đăng ký thường trú");
        dossier.putObject("applicant").put("type", "CITIZEN").put("id", "001305885451").put("name", "Nguyễn Văn An");
        dossier.putArray("documents").addObject().put("componentCode", "TP01").put("documentType", "APPLICATION_FORM")
                .put("documentId", APPLICATION_FORM);
        return dossier;
    }

    /** A progress update {@code minutes} after the dossier was received. */
    public static ObjectNode progress(String status, int minutes) {
        return JSON.createObjectNode()
                .put("status", status)
                .put("officer", "can-bo-1")
                .put("officerTitle", "Chuyên viên")
                .put("department", "Bộ phận một cửa")
                .put("note", "Bước " + status)
                .put("at", RECEIVED_AT.plusMinutes(minutes).toString());
    }

    /** The dossier as the endpoint reads it: bound strictly, then checked. */
    static CounterDossier read(JsonNode dossier) {
        return STRICT.read(dossier.toString(), "body", DossierBody.class).checked();
    }

    /** The progress update as the endpoint reads it: bound strictly, then checked. */
    static ProgressUpdate readProgress(JsonNode progress) {
        return STRICT.read(progress.toString(), "body", ProgressBody.class).checked();
    }

    public HttpResponse<String> register(JsonNode dossier) {
        return http.send("POST", "/api/v1/dossiers", dossier.toString(), headers());
    }

    public HttpResponse<String> progress(String code, JsonNode progress) {
        return http.send("POST", "/api/v1/dossiers/" + code + "/progress", progress.toString(), headers());
    }

    public HttpResponse<String> result(String code, JsonNode result) {
        return http.send("POST", "/api/v1/dossiers/" + code + "/result", result.toString(), headers());
    }

    /** A result body: {@code documents} of the warehouse ids given, each with {@code number}. */
    public static ObjectNode result(String number, String... documentIds) {
        ObjectNode body = JSON.createObjectNode();
        for (String documentId : documentIds) {
            body.withArray("documents").addObject().put("documentId", documentId).put("number", number);
        }
        return body;
    }

    /** The dossier's view, read for that dossier itself (its applicant and parties are its own). */
    public JsonNode view(String code) {
        return GatewayHttp.json(http.get("/api/v1/dossiers/" + code, "X-API-Key", GatewayHttp.ONE_STOP_KEY,
                "X-Dossier-Code", code, "X-Officer-Id", "can-bo-1"));
    }

    private static String[] headers() {
        return new String[] {"Content-Type", "application/json", "X-API-Key", GatewayHttp.ONE_STOP_KEY};
    }
}
