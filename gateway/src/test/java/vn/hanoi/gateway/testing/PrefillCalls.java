package vn.hanoi.gateway.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;

/** Prefill over HTTP as the one-stop shop, and the catalogue it needs synchronised first. */
public final class PrefillCalls {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String OPS_KEY = "sandbox-ops-key";

    private final GatewayHttp http;

    public PrefillCalls(GatewayHttp http) {
        this.http = http;
    }

    /** Fills the procedure catalogue from the portal simulator (the scheduled run may not have happened yet). */
    public void synchroniseCatalogue() {
        HttpResponse<String> sync = http.send("POST", "/api/v1/ops/procedures/sync", null, "X-API-Key", OPS_KEY);
        assertThat(sync.statusCode()).as(sync.body()).isEqualTo(200);
    }

    public static ObjectNode body(String procedureCode, String dossierCode, String applicantType, String applicantId) {
        ObjectNode body = JSON.createObjectNode().put("procedureCode", procedureCode).put("dossierCode", dossierCode);
        body.putObject("applicant").put("type", applicantType).put("id", applicantId);
        return body;
    }

    public static ObjectNode withParcel(ObjectNode body, String communeCode, String mapSheetNumber, String parcelNumber) {
        body.putObject("parcel").put("communeCode", communeCode).put("mapSheetNumber", mapSheetNumber)
                .put("parcelNumber", parcelNumber);
        return body;
    }

    /**
     * The dossier the body names is registered first (with its applicant), as a counter would before prefilling;
     * a body too malformed to name one is sent as it is.
     */
    public HttpResponse<String> prefill(JsonNode body, String apiKey) {
        if (body.path("dossierCode").isTextual() && body.path("applicant").path("id").isTextual()) {
            http.tryToRegisterDossier(body.get("dossierCode").asText(), body.path("applicant").path("type").asText("CITIZEN"),
                    body.get("applicant").get("id").asText());
        }
        return http.send("POST", "/api/v1/prefill", body.toString(), "Content-Type", "application/json",
                "X-API-Key", apiKey, GatewayHttp.PURPOSE[0], body.path("dossierCode").asText("D-1"),
                GatewayHttp.PURPOSE[2], GatewayHttp.PURPOSE[3]);
    }

    /** As the one-stop shop; the answer must be 200. */
    public JsonNode prefill(JsonNode body) {
        HttpResponse<String> answer = prefill(body, GatewayHttp.ONE_STOP_KEY);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return GatewayHttp.json(answer);
    }
}
