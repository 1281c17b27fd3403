package vn.hanoi.gateway.prefill;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.hanoi.gateway.testing.GatewayHttp;
import vn.hanoi.gateway.testing.PrefillCalls;
import vn.hanoi.gateway.testing.SandboxWithTestClock;

/** What a prefill refuses: a body outside the contract, an unknown procedure, a source outside the entitlements. */
@SandboxWithTestClock
class PrefillRequestRulesIT {

    private static final String DOSSIER = "FX.RULES-261128-0001";

    @LocalServerPort
    int port;

    private GatewayHttp http;
    private PrefillCalls calls;

    @BeforeEach
    void synchroniseTheCatalogue() {
        http = new GatewayHttp(port);
        calls = new PrefillCalls(http);
        calls.synchroniseCatalogue();
    }

    @Test
    void refusesAnUnknownFieldWithItsPath() {
        ObjectNode body = PrefillCalls.body("9.000004", DOSSIER, "CITIZEN", "001300973597");
        body.put("fullName", "Hồ Thị Ngọc Thảo");

        JsonNode problem = refused(calls.prefill(body, GatewayHttp.ONE_STOP_KEY), 400, "VALIDATION_FAILED");

        assertThat(problem.at("/errors/0/field").asText()).isEqualTo("fullName");
        assertThat(problem.at("/errors/0/code").asText()).isEqualTo("UNKNOWN_FIELD");
    }

    @Test
    void refusesAnApplicantOfTheWrongTypeForTheProcedure() {
        JsonNode problem = refused(calls.prefill(PrefillCalls.body("9.000007", DOSSIER, "CITIZEN", "001300973597"),
                GatewayHttp.ONE_STOP_KEY), 400, "VALIDATION_FAILED");

        assertThat(problem.at("/errors/0/code").asText()).isEqualTo("APPLICANT_TYPE_MISMATCH");
    }

    @Test
    void answersNotFoundForAProcedureTheCatalogueDoesNotHold() {
        refused(calls.prefill(PrefillCalls.body("9.999999", DOSSIER, "CITIZEN", "001300973597"),
                GatewayHttp.ONE_STOP_KEY), 404, "NOT_FOUND");
    }

    @Test
    void refusesAClientNotEntitledToEverySourceOfTheProcedure() {
        JsonNode problem = refused(calls.prefill(PrefillCalls.body("9.000005", DOSSIER, "CITIZEN", "001300973597"),
                SandboxWithTestClock.COUNTER_ONLY_KEY), 403, "FORBIDDEN");
        assertThat(problem.path("detail").asText()).contains("insurance");

        HttpResponse<String> populationOnly = calls.prefill(
                PrefillCalls.body("9.000004", DOSSIER, "CITIZEN", "001300973597"), SandboxWithTestClock.COUNTER_ONLY_KEY);
        assertThat(populationOnly.statusCode()).isEqualTo(200);
    }

    @Test
    void requiresAPurpose() {
        HttpResponse<String> answer = http.send("POST", "/api/v1/prefill",
                PrefillCalls.body("9.000004", DOSSIER, "CITIZEN", "001300973597").toString(),
                "Content-Type", "application/json", "X-API-Key", GatewayHttp.ONE_STOP_KEY);

        refused(answer, 400, "PURPOSE_REQUIRED");
    }

    private static JsonNode refused(HttpResponse<String> answer, int status, String code) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = GatewayHttp.json(answer);
        assertThat(problem.path("code").asText()).isEqualTo(code);
        return problem;
    }
}
