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

/**
 * Captures everything the application logs during a full lookup run (found, not found, malformed,
 * refused) and searches it for every fixture citizen's id and name.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "logging.level.vn.hanoi.gateway=DEBUG")
@ExtendWith(OutputCaptureExtension.class)
class PersonalDataNeverLoggedIT {

    @LocalServerPort
    int port;

    @Test
    void noPersonalIdOrNameAppearsInTheLogs(CapturedOutput output) {
        GatewayHttp http = new GatewayHttp(port);
        List<String> secrets = new ArrayList<>();
        for (String id : BundledFixtures.names("population/native")) {
            http.getAsOneStopShop("/api/v1/citizens/" + id);
            http.get("/api/v1/citizens/" + id, "X-API-Key", GatewayHttp.ONE_STOP_KEY);
            JsonNode citizen = BundledFixtures.json("population/canonical/" + id + ".json");
            secrets.add(id);
            secrets.add(citizen.get("fullName").asText());
        }
        for (JsonNode unknown : BundledFixtures.json("unknown-identifiers.json").get("personalIds")) {
            http.getAsOneStopShop("/api/v1/citizens/" + unknown.asText());
            secrets.add(unknown.asText());
        }

        String logs = output.getAll();
        assertThat(logs).isNotBlank();
        assertThat(secrets).hasSizeGreaterThan(40).allSatisfy(secret -> assertThat(logs).doesNotContain(secret));
        assertThat(logs).doesNotContain(GatewayHttp.ONE_STOP_KEY);
    }
}
