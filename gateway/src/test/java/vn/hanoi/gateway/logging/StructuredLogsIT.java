package vn.hanoi.gateway.logging;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import vn.hanoi.gateway.audit.TestCheckpointKeys;
import vn.hanoi.gateway.testing.GatewayHttp;

/**
 * The production profile logs one JSON object (ECS) per line, with the request's correlation id as a field.
 * Runs in a JVM of its own (gateway/pom.xml): the logging system is configured once per JVM.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"logging.level.vn.hanoi.gateway=DEBUG",
            // The production profile takes its database and warehouse from the environment; the test gives them.
            "spring.datasource.url=jdbc:h2:mem:structured-logs;DB_CLOSE_DELAY=-1;MODE=PostgreSQL",
            "spring.datasource.username=sa", "spring.datasource.password=",
            "gateway.warehouse.directory=${java.io.tmpdir}/structured-logs-warehouse",
            "gateway.sandbox.enabled=true", "gateway.cache.redis.enabled=false",
            "gateway.cache.key-secret=structured-logs-cache-key-secret",
            "gateway.audit.checkpoint.private-key=" + TestCheckpointKeys.PRIVATE_KEY,
            "gateway.audit.checkpoint.public-key=" + TestCheckpointKeys.PUBLIC_KEY,
            "gateway.cache.value-key=dGVzdC12YWx1ZS1rZXktMzItYnl0ZXMtbG9uZy4uLi4="})
@ActiveProfiles({"sandbox", "production"})
@ExtendWith(OutputCaptureExtension.class)
class StructuredLogsIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    @Test
    void logsOneJsonObjectPerLineCarryingTheCorrelationId(CapturedOutput output) {
        int before = output.getAll().length();
        new GatewayHttp(port).get("/api/v1/ops/summary", "X-API-Key", GatewayHttp.OPS_KEY,
                "X-Correlation-Id", "ops-log-check-2");

        List<String> lines = output.getAll().substring(before).lines().filter(line -> !line.isBlank()).toList();
        assertThat(lines).isNotEmpty().allSatisfy(line -> assertThat(line).startsWith("{").endsWith("}"));
        JsonNode summaryLine = lines.stream().map(StructuredLogsIT::parse)
                .filter(line -> line.path("message").asText().startsWith("Ops summary served"))
                .findFirst().orElseThrow();
        assertThat(summaryLine.get("correlationId").asText()).isEqualTo("ops-log-check-2");
        assertThat(summaryLine.at("/log/level").asText()).isEqualTo("DEBUG");
        assertThat(summaryLine.has("@timestamp")).isTrue();
        assertThat(summaryLine.at("/service/name").asText()).isEqualTo("hanoi-gateway");
    }

    private static JsonNode parse(String line) {
        try {
            return JSON.readTree(line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
