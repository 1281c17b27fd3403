package vn.hanoi.gateway.registers.population;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hanoi.gateway.testing.ProblemAssert.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.hanoi.gateway.testing.BundledFixtures;
import vn.hanoi.gateway.testing.GatewayHttp;

/** {@code POST /api/v1/citizens/verify}: match or no match per fact asked, and nothing of the record. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CitizenVerificationIT {

    private static final String VERIFY = "/api/v1/citizens/verify";
    private static final String ID = "001051409167";

    @LocalServerPort
    int port;

    @Test
    void theRegistersFactsMatchHoweverTheNameIsTyped() {
        JsonNode citizen = BundledFixtures.json("population/canonical/" + ID + ".json");
        String typedLoosely = "  " + Normalizer.normalize(citizen.get("fullName").asText().toUpperCase(), Normalizer.Form.NFD)
                .replace(" ", "   ") + "\t";

        JsonNode answer = verified("{\"personalId\":\"" + ID + "\",\"fullName\":\"" + typedLoosely.replace("\t", "\\t")
                + "\",\"dateOfBirth\":\"" + citizen.get("dateOfBirth").asText() + "\"}");

        assertThat(answer.get("personalId").asText()).isEqualTo(ID);
        assertThat(answer.get("match").asBoolean()).isTrue();
        assertThat(answer.at("/fields/fullName").asBoolean()).isTrue();
        assertThat(answer.at("/fields/dateOfBirth").asBoolean()).isTrue();
    }

    @Test
    void oneFactThatDisagreesIsNoMatchAndTheRecordIsNotDisclosed() {
        HttpResponse<String> answer = new GatewayHttp(port).postJsonWithPurpose(VERIFY,
                "{\"personalId\":\"" + ID + "\",\"fullName\":\"Dang Van Son\",\"dateOfBirth\":\"1951-10-12\"}",
                "X-API-Key", GatewayHttp.ONE_STOP_KEY);

        JsonNode body = GatewayHttp.json(answer);
        assertThat(body.get("match").asBoolean()).isFalse();
        assertThat(body.at("/fields/fullName").asBoolean()).isFalse();
        assertThat(body.at("/fields/dateOfBirth").asBoolean()).isTrue();
        assertThat(answer.body()).doesNotContain("Đặng").doesNotContain("permanentAddress").doesNotContain("622233717");
        assertThat(answer.headers().firstValue("X-Source-System")).contains("population");
    }

    @Test
    void aFactNotAskedAboutIsNull() {
        JsonNode answer = verified("{\"personalId\":\"" + ID + "\",\"dateOfBirth\":\"1951-10-12\"}");

        assertThat(answer.get("match").asBoolean()).isTrue();
        assertThat(answer.at("/fields/fullName").isNull()).isTrue();
        assertThat(answer.at("/fields/dateOfBirth").asBoolean()).isTrue();
    }

    @Test
    void askingNothingOrAboutAnUnknownPersonIsNotAVerification() {
        GatewayHttp http = new GatewayHttp(port);
        HttpResponse<String> nothing = http.postJsonWithPurpose(VERIFY, "{\"personalId\":\"" + ID + "\"}",
                "X-API-Key", GatewayHttp.ONE_STOP_KEY);
        assertThat(nothing.statusCode()).isEqualTo(400);
        assertThat(GatewayHttp.json(nothing).at("/errors/0/code").asText()).isEqualTo("NOTHING_TO_VERIFY");

        HttpResponse<String> unknown = http.postJsonWithPurpose(VERIFY,
                "{\"personalId\":\"001080293893\",\"fullName\":\"Ai Đó\"}", "X-API-Key", GatewayHttp.ONE_STOP_KEY);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(GatewayHttp.json(unknown).get("code").asText()).isEqualTo("NOT_FOUND");
    }

    @Test
    void verificationIsPersonalDataAccess() {
        GatewayHttp http = new GatewayHttp(port);
        HttpResponse<String> noPurpose = http.send("POST", VERIFY, "{\"personalId\":\"" + ID + "\",\"fullName\":\"x\"}",
                "X-API-Key", GatewayHttp.ONE_STOP_KEY, "Content-Type", "application/json");
        assertThat(GatewayHttp.json(noPurpose).get("code").asText()).isEqualTo("PURPOSE_REQUIRED");

        HttpResponse<String> notEntitled = http.postJsonWithPurpose(VERIFY, "{\"personalId\":\"" + ID + "\",\"fullName\":\"x\"}",
                "X-API-Key", "sandbox-auditor-key");
        assertProblem(notEntitled, 403, "FORBIDDEN");
    }

    private JsonNode verified(String body) {
        HttpResponse<String> answer = new GatewayHttp(port).postJsonWithPurpose(VERIFY, body, "X-API-Key", "sandbox-limited-key");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return GatewayHttp.json(answer);
    }
}
