package vn.hanoi.gateway.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

class RequestAuditorTest {

    @Test
    void theOutcomeFollowsTheAnswer() {
        assertThat(RequestAuditor.outcomeOf(200, new Object())).isEqualTo("FOUND");
        assertThat(RequestAuditor.outcomeOf(404, problem(404, "NOT_FOUND"))).isEqualTo("NOT_FOUND");
        assertThat(RequestAuditor.outcomeOf(400, problem(400, "VALIDATION_FAILED"))).isEqualTo("REFUSED");
        assertThat(RequestAuditor.outcomeOf(406, problem(406, "NOT_ACCEPTABLE"))).isEqualTo("REFUSED");
        assertThat(RequestAuditor.outcomeOf(503, problem(503, "UPSTREAM_UNAVAILABLE"))).isEqualTo("ERROR_UPSTREAM_UNAVAILABLE");
        assertThat(RequestAuditor.outcomeOf(504, problem(504, "UPSTREAM_TIMEOUT"))).isEqualTo("ERROR_UPSTREAM_TIMEOUT");
        assertThat(RequestAuditor.outcomeOf(500, null)).isEqualTo("ERROR_500");
    }

    private static ProblemDetail problem(int status, String code) {
        ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.valueOf(status));
        problem.setType(URI.create("urn:test"));
        problem.setProperty("code", code);
        return problem;
    }
}
