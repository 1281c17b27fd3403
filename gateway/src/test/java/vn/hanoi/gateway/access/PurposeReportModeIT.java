package vn.hanoi.gateway.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.hanoi.gateway.testing.GatewayHttp;

/**
 * {@code gateway.purpose.mode: report}: what enforce would refuse is answered, on every kind of personal-data
 * endpoint, and each audit record says {@code MISMATCH}; a party's read says {@code PARTY}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "gateway.purpose.mode=report")
class PurposeReportModeIT {

    private static final String APPLICANT = "001051409167";
    private static final String STRANGER = "001300973597";

    @LocalServerPort
    int port;

    @Test
    void aNonPartyIsAnsweredAndFlaggedAndAPartyIsNot() {
        GatewayHttp dossier = new GatewayHttp(port).registerDossier("000.00.00.H00-261130-0101", APPLICANT);
        for (String path : List.of("/api/v1/citizens/" + STRANGER, "/api/v1/social-insurance?personalId=" + STRANGER,
                "/api/v1/documents?ownerId=" + STRANGER, "/api/v1/documents/WH-000-0")) {
            HttpResponse<String> answer = dossier.getAsOneStopShop(path);
            assertThat(answer.statusCode()).as(path + ": " + answer.body()).isEqualTo(200);
        }
        HttpResponse<String> prefill = dossier.postJsonWithPurpose("/api/v1/prefill", "{\"procedureCode\":\"9.000001\","
                + "\"dossierCode\":\"000.00.00.H00-261130-0101\",\"applicant\":{\"type\":\"CITIZEN\",\"id\":\""
                + STRANGER + "\"}}", "X-API-Key", GatewayHttp.ONE_STOP_KEY);
        assertThat(prefill.statusCode()).as(prefill.body()).isNotEqualTo(403);
        assertThat(dossier.getAsOneStopShop("/api/v1/citizens/" + APPLICANT).statusCode()).isEqualTo(200);

        JsonNode stranger = accessesOf(dossier, STRANGER);
        assertThat(stranger).hasSizeGreaterThanOrEqualTo(5);
        assertThat(stranger.findValuesAsText("purposeCheck")).containsOnly("MISMATCH");
        assertThat(accessesOf(dossier, APPLICANT).findValuesAsText("purposeCheck")).containsOnly("PARTY");
    }

    @Test
    void anUnknownDossierIsAnsweredAndFlagged() {
        GatewayHttp http = new GatewayHttp(port);
        String person = "079217559077";
        HttpResponse<String> answer = http.get("/api/v1/citizens/" + person, "X-API-Key", GatewayHttp.ONE_STOP_KEY,
                "X-Dossier-Code", "000.00.00.H00-261130-0199", "X-Officer-Id", "can-bo-1");
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(accessesOf(http, person).findValuesAsText("purposeCheck")).containsOnly("MISMATCH");
    }

    private static JsonNode accessesOf(GatewayHttp http, String personalId) {
        return GatewayHttp.json(http.get("/api/v1/audit/subjects/" + personalId + "/accesses",
                "X-API-Key", "sandbox-auditor-key"));
    }
}
