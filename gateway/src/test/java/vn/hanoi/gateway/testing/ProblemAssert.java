package vn.hanoi.gateway.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;

/** What every refusal of the gateway is: its status, {@code application/problem+json}, the contract's code. */
public final class ProblemAssert {

    private ProblemAssert() {
    }

    /** The answer is a problem with this status and code, tied to the request by its correlation id. */
    public static JsonNode assertProblem(HttpResponse<String> answer, int status, String code) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
        assertThat(answer.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = GatewayHttp.json(answer);
        assertThat(problem.path("code").asText()).isEqualTo(code);
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("correlationId").asText())
                .isEqualTo(answer.headers().firstValue("X-Correlation-Id").orElseThrow());
        return problem;
    }
}
