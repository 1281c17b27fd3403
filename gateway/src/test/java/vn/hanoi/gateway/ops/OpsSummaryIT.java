package vn.hanoi.gateway.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hanoi.gateway.testing.ProblemAssert.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.hanoi.gateway.testing.GatewayHttp;

/** The ops page over HTTP: a public shell under a strict policy, and its data for the ops client only. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureObservability
class OpsSummaryIT {

    @LocalServerPort
    int port;

    @Test
    void servesThePageToAnyoneWithoutDataAndUnderAStrictContentSecurityPolicy() throws NoSuchAlgorithmException {
        HttpResponse<String> page = new GatewayHttp(port).get("/ops", "Accept", "text/html");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(page.body()).contains("<title>Gateway operations</title>")
                .doesNotContain(GatewayHttp.OPS_KEY)
                // nothing loaded from elsewhere (the SVG namespace the sparklines name is an identifier, not a fetch)
                .doesNotContainPattern("(?i)(src|href|action)\\s*=\\s*[\"']?\\s*(https?:)?//")
                .doesNotContainPattern("(?i)url\\(\\s*[\"']?\\s*(https?:)?//")
                .doesNotContainPattern("(?i)(fetch|import)\\(\\s*[\"'`]\\s*(https?:)?//");
        String policy = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(policy).contains("default-src 'none'", "connect-src 'self'", "frame-ancestors 'none'")
                .doesNotContain("unsafe-inline").doesNotContain("unsafe-eval").doesNotContain("http");
        assertThat(policy).contains("script-src 'sha256-" + sha256(block("script", page.body())) + "'");
        assertThat(policy).contains("style-src 'sha256-" + sha256(block("style", page.body())) + "'");
        assertThat(page.headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(page.headers().firstValue("Cache-Control")).hasValueSatisfying(c -> assertThat(c).contains("no-store"));
    }

    @Test
    void summarisesEveryNationalSystemForTheOpsClientOnly() {
        GatewayHttp http = new GatewayHttp(port);
        assertProblem(http.get("/api/v1/ops/summary"), 401, "UNAUTHENTICATED");
        assertProblem(http.get("/api/v1/ops/summary", "X-API-Key", GatewayHttp.ONE_STOP_KEY), 403, "FORBIDDEN");

        JsonNode summary = GatewayHttp.json(http.get("/api/v1/ops/summary", "X-API-Key", GatewayHttp.OPS_KEY));

        List<String> systems = new ArrayList<>();
        summary.get("connectors").forEach(connector -> {
            systems.add(connector.get("system").asText());
            assertThat(connector.get("state").asText()).isIn("UP", "DEGRADED", "DOWN");
            assertThat(connector.has("circuitState")).isTrue();
            assertThat(connector.has("cacheHitRatio")).isTrue();
        });
        assertThat(systems).containsExactly("business", "civil-status", "command-centre", "document-axis", "insurance", "land",
                "npsp", "population");
        assertThat(summary.get("refreshSeconds").asInt()).isEqualTo(5);
        assertThat(summary.at("/outbox/available").asBoolean()).isTrue();
        assertThat(summary.at("/intake/available").asBoolean()).as("the intake is off in tests").isFalse();
        assertThat(summary.at("/audit/available").asBoolean()).isTrue();
        assertThat(summary.at("/onceOnly/available").asBoolean()).isTrue();
        assertThat(summary.at("/onceOnly/target").asDouble()).isEqualTo(0.8);
    }

    @Test
    void replayIsTheOutboxsOneEndpoint() {
        GatewayHttp http = new GatewayHttp(port);
        HttpResponse<String> replay = http.send("POST", "/api/v1/ops/outbox/424242/replay", null,
                "X-API-Key", GatewayHttp.OPS_KEY);
        assertThat(replay.statusCode()).isEqualTo(404);
        assertThat(GatewayHttp.json(replay).get("code").asText()).isEqualTo("NOT_FOUND");

        HttpResponse<String> malformed = http.send("POST", "/api/v1/ops/outbox/a%20b/replay", null,
                "X-API-Key", GatewayHttp.OPS_KEY);
        assertThat(malformed.statusCode()).isEqualTo(400);
    }

    private static String block(String tag, String html) {
        Matcher matcher = Pattern.compile("<" + tag + ">(.*?)</" + tag + ">", Pattern.DOTALL).matcher(html);
        assertThat(matcher.find()).as("a <%s> block", tag).isTrue();
        return matcher.group(1);
    }

    private static String sha256(String content) throws NoSuchAlgorithmException {
        return Base64.getEncoder().encodeToString(
                MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8)));
    }
}
