package vn.hanoi.gateway.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.hanoi.gateway.testing.GatewayHttp;
import vn.hanoi.gateway.testing.ProblemAssert;

/** Every error path answers problem+json with the contract's code and the request's correlation id. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProblemResponsesIT {

    @LocalServerPort
    int port;

    @Test
    void unknownPathIsA404Problem() {
        assertProblem(new GatewayHttp(port).getAsOneStopShop("/api/v1/no-such-thing"), 404, "NOT_FOUND");
    }

    @Test
    void wrongMethodIsA405ProblemWithAllow() {
        HttpResponse<String> answer = new GatewayHttp(port).send("DELETE", "/api/v1/citizens/001305885451", null,
                "X-API-Key", GatewayHttp.ONE_STOP_KEY, "X-Dossier-Code", "000.00.00.H00-261201-0099", "X-Officer-Id", "can-bo-1");
        assertProblem(answer, 405, "METHOD_NOT_ALLOWED");
        assertThat(answer.headers().firstValue("Allow")).hasValueSatisfying(allow -> assertThat(allow).contains("GET"));
    }

    @Test
    void theCallersCorrelationIdIsKeptAndAMalformedOneReplaced() {
        GatewayHttp http = new GatewayHttp(port);
        HttpResponse<String> kept = http.get("/api/v1/no-such-thing", "X-Correlation-Id", "abc-123");
        assertThat(kept.headers().firstValue("X-Correlation-Id")).contains("abc-123");
        assertThat(GatewayHttp.json(kept).get("correlationId").asText()).isEqualTo("abc-123");

        HttpResponse<String> replaced = http.get("/api/v1/no-such-thing", "X-Correlation-Id", "bad id <script>");
        assertThat(replaced.headers().firstValue("X-Correlation-Id")).hasValueSatisfying(id -> assertThat(id).doesNotContain("<"));
    }

    @Test
    void pathsTheServletContainerRefusesAreProblemsToo() throws IOException {
        String raw = rawRequest("GET /api/v1/citizens/a%2f..%2f..%00b HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        assertThat(raw).startsWith("HTTP/1.1 400");
        assertThat(raw).contains("application/problem+json").contains("\"code\":\"VALIDATION_FAILED\"")
                .doesNotContain("<html").doesNotContain("Exception");
    }

    @Test
    void apiKeyIsNeverEchoedBack() {
        HttpResponse<String> answer = new GatewayHttp(port).getAsOneStopShop("/api/v1/citizens/001305885451");
        assertThat(answer.headers().map().keySet()).noneMatch(name -> name.equalsIgnoreCase("X-API-Key"));
        assertThat(answer.body()).doesNotContain(GatewayHttp.ONE_STOP_KEY);
    }

    private void assertProblem(HttpResponse<String> answer, int status, String code) {
        JsonNode problem = ProblemAssert.assertProblem(answer, status, code);
        assertThat(problem.get("type").asText()).isNotBlank();
        assertThat(problem.get("title").asText()).isNotBlank();
        assertThat(answer.body()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    private String rawRequest(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
