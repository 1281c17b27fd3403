package vn.hanoi.gateway.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.hanoi.gateway.mappings.testing.JsonFieldDiff;
import vn.hanoi.gateway.testing.BundledFixtures;
import vn.hanoi.gateway.testing.GatewayHttp;

/** The application as the jar runs it (sandbox mode, the default), looked up over HTTP with the sandbox key. */
// Its own context (a property no other test sets), so that the cache starts empty.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "gateway.cache.max-entries=5000")
class SandboxCitizenLookupIT {

    @LocalServerPort
    int port;

    @Test
    void answersEveryFixtureCitizenWithItsCanonicalRecordThenFromTheCache() {
        GatewayHttp http = new GatewayHttp(port);
        List<String> ids = BundledFixtures.names("population/native");
        assertThat(ids).hasSizeGreaterThan(20);
        for (String id : ids) {
            HttpResponse<String> first = http.getAsOneStopShop("/api/v1/citizens/" + id);
            assertThat(first.statusCode()).as(id).isEqualTo(200);
            assertThat(first.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
            assertThat(JsonFieldDiff.between(BundledFixtures.json("population/canonical/" + id + ".json"), GatewayHttp.json(first)))
                    .as(id).isEmpty();
            assertThat(first.headers().firstValue("X-Source-System")).contains("population");
            assertThat(first.headers().firstValue("X-Cache")).contains("MISS");
            assertThat(first.headers().firstValue("X-Correlation-Id")).isPresent();
            OffsetDateTime retrievedAt = OffsetDateTime.parse(first.headers().firstValue("X-Retrieved-At").orElseThrow());
            assertThat(retrievedAt.getOffset().getTotalSeconds()).isEqualTo(7 * 3600);

            HttpResponse<String> second = http.getAsOneStopShop("/api/v1/citizens/" + id);
            assertThat(second.headers().firstValue("X-Cache")).contains("HIT");
            assertThat(second.headers().firstValue("X-Retrieved-At")).isEqualTo(first.headers().firstValue("X-Retrieved-At"));
            assertThat(second.body()).isEqualTo(first.body());
        }
    }

    @Test
    void answersNotFoundForEveryUnknownIdentifier() {
        GatewayHttp http = new GatewayHttp(port);
        JsonNode unknown = BundledFixtures.json("unknown-identifiers.json").get("personalIds");
        List<String> ids = StreamSupport.stream(unknown.spliterator(), false).map(JsonNode::asText).toList();
        assertThat(ids).isNotEmpty();
        for (String id : ids) {
            HttpResponse<String> answer = http.getAsOneStopShop("/api/v1/citizens/" + id);
            assertThat(answer.statusCode()).isEqualTo(404);
            assertThat(answer.headers().firstValue("Content-Type")).contains("application/problem+json");
            assertThat(GatewayHttp.json(answer).get("code").asText()).isEqualTo("NOT_FOUND");
        }
    }

    @Test
    void refusesMalformedIdsBeforeAskingTheRegister() {
        GatewayHttp http = new GatewayHttp(port);
        for (String id : List.of("12345", "00130588545x", "991305885451", "001905885451", "%D9%A0%D9%A0%D9%A1305885451")) {
            HttpResponse<String> answer = http.getAsOneStopShop("/api/v1/citizens/" + id);
            assertThat(answer.statusCode()).as(id).isEqualTo(400);
            JsonNode problem = GatewayHttp.json(answer);
            assertThat(problem.get("code").asText()).isEqualTo("VALIDATION_FAILED");
            assertThat(problem.get("errors").get(0).get("code").asText()).isEqualTo("INVALID_PERSONAL_ID");
            assertThat(problem.get("correlationId").asText()).isEqualTo(answer.headers().firstValue("X-Correlation-Id").orElseThrow());
        }
    }
}
