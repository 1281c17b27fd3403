package vn.hanoi.gateway.logging;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.hanoi.gateway.testing.BundledFixtures;
import vn.hanoi.gateway.testing.GatewayHttp;
import vn.hanoi.gateway.testing.Tokens;

/**
 * Captures everything the application logs during a full run (lookups found, not found and refused, with
 * an API key and a bearer token; verifications, matching and malformed; the auditor's subject queries and
 * chain check) and searches it for every fixture citizen's id and name, and for the credentials.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "logging.level.vn.hanoi.gateway=DEBUG")
@ExtendWith(OutputCaptureExtension.class)
class PersonalDataNeverLoggedIT {

    private static final String AUDITOR_KEY = "sandbox-auditor-key";

    @LocalServerPort
    int port;

    @Test
    void noPersonalIdOrNameAppearsInTheLogs(CapturedOutput output) {
        GatewayHttp http = new GatewayHttp(port);
        List<String> secrets = new ArrayList<>();
        String[] bearer = Tokens.forClient("ho-tich-portal", "population").header();
        for (String id : BundledFixtures.names("population/native")) {
            JsonNode citizen = BundledFixtures.json("population/canonical/" + id + ".json");
            String name = citizen.get("fullName").asText();
            http.getAsOneStopShop("/api/v1/citizens/" + id);
            http.get("/api/v1/citizens/" + id, "X-API-Key", GatewayHttp.ONE_STOP_KEY);
            http.getWithPurpose("/api/v1/citizens/" + id, bearer);
            http.postJsonWithPurpose("/api/v1/citizens/verify", "{\"personalId\":\"" + id + "\",\"fullName\":\"" + name
                    + "\",\"dateOfBirth\":" + citizen.get("dateOfBirth") + "}", bearer);
            http.postJsonWithPurpose("/api/v1/citizens/verify", "{\"personalId\":\"" + id + "\",\"fullName\":\"" + name
                    + "\",\"unexpected\":\"" + name + "\"}", "X-API-Key", GatewayHttp.ONE_STOP_KEY);
            http.get("/api/v1/audit/subjects/" + id + "/accesses", "X-API-Key", AUDITOR_KEY);
            secrets.add(id);
            secrets.add(name);
        }
        for (JsonNode unknown : BundledFixtures.json("unknown-identifiers.json").get("personalIds")) {
            http.getAsOneStopShop("/api/v1/citizens/" + unknown.asText());
            http.postJsonWithPurpose("/api/v1/citizens/verify", "{\"personalId\":\"" + unknown.asText()
                    + "\",\"fullName\":\"Ai Đó\"}", bearer);
            http.get("/api/v1/audit/subjects/" + unknown.asText() + "/accesses", "X-API-Key", AUDITOR_KEY);
            secrets.add(unknown.asText());
        }
        assertThat(GatewayHttp.json(http.get("/api/v1/audit/verify", "X-API-Key", AUDITOR_KEY)).get("valid").asBoolean()).isTrue();

        String logs = output.getAll();
        assertThat(logs).isNotBlank();
        assertThat(secrets).hasSizeGreaterThan(40).allSatisfy(secret -> assertThat(logs).doesNotContain(secret));
        assertThat(logs).doesNotContain(GatewayHttp.ONE_STOP_KEY).doesNotContain(AUDITOR_KEY).doesNotContain(bearer[1].substring(7));
    }
}
