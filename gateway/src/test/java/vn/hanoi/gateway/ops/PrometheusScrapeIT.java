package vn.hanoi.gateway.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.hanoi.gateway.testing.GatewayHttp;
import vn.hanoi.gateway.testing.services.LocalServices;
import vn.hanoi.gateway.testing.services.Requires;
import vn.hanoi.gateway.testing.services.Service;

/**
 * The example Prometheus of {@code docs/prometheus/} (its config and alert rules as they are, pointed at
 * this gateway and scraping every second) run by the real Debian Prometheus: it scrapes the metrics with
 * the ops key and loads every rule.
 */
@Requires(Service.PROMETHEUS)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureObservability
class PrometheusScrapeIT {

    private static final Path EXAMPLE = Path.of("..", "docs", "prometheus");

    @LocalServerPort
    int port;

    @Test
    void theExampleConfigScrapesTheGatewayAndLoadsEveryAlertRule() throws Exception {
        Path work = Files.createTempDirectory("gateway-prometheus-");
        Files.writeString(work.resolve("prometheus.yml"), Files.readString(EXAMPLE.resolve("prometheus.yml"))
                .replace("127.0.0.1:8080", "127.0.0.1:" + port)
                .replace("scrape_interval: 15s", "scrape_interval: 1s"));
        Files.copy(EXAMPLE.resolve("alerts.yml"), work.resolve("alerts.yml"));
        int web = freePort();
        Process prometheus = new ProcessBuilder(LocalServices.PROMETHEUS.toString(),
                "--config.file=" + work.resolve("prometheus.yml"),
                "--storage.tsdb.path=" + work.resolve("data"),
                "--web.listen-address=127.0.0.1:" + web)
                .redirectErrorStream(true)
                .redirectOutput(work.resolve("prometheus.log").toFile())
                .start();
        try {
            GatewayHttp api = new GatewayHttp(web);
            JsonNode up = poll(api, "/api/v1/query?query=" + encode("up{job=\"hanoi-gateway\"}"),
                    answer -> answer.at("/data/result/0/value/1").asText().equals("1"));
            assertThat(up.at("/data/result/0/metric/environment").asText()).isEqualTo("sandbox");
            poll(api, "/api/v1/query?query=" + encode("gateway_connector_circuit_state{connector=\"population\"}"),
                    answer -> answer.at("/data/result").size() > 0);
            JsonNode rules = poll(api, "/api/v1/rules", answer -> answer.at("/data/groups/0/rules").size() > 0);
            assertThat(rules.at("/data/groups/0/name").asText()).isEqualTo("hanoi-gateway");
            assertThat(rules.at("/data/groups/0/rules").size()).isEqualTo(13);
        } finally {
            prometheus.destroy();
            prometheus.waitFor();
            try (Stream<Path> files = Files.walk(work)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    private static JsonNode poll(GatewayHttp api, String path, Predicate<JsonNode> done)
            throws InterruptedException {
        Instant giveUp = Instant.now().plus(Duration.ofSeconds(60));
        JsonNode last = null;
        while (Instant.now().isBefore(giveUp)) {
            try {
                last = GatewayHttp.json(api.get(path));
                if (done.test(last)) {
                    return last;
                }
            } catch (RuntimeException notYetListening) {
                last = null;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("Prometheus never answered " + path + " as expected; last: " + last);
    }

    private static String encode(String query) {
        return URLEncoder.encode(query, StandardCharsets.UTF_8);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
