package vn.hanoi.gateway.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExplanationsTest {

    private static final long SECOND = Duration.ofSeconds(1).toNanos();
    /** population failed slowly from 10 s to 14 s; the aftermath is 3 s. */
    private final Explanations explanations = new Explanations(List.of(new FaultSchedule.Window("population",
            UpstreamFault.SLOW_PAST_DEADLINE, 10 * SECOND, 14 * SECOND)), fault -> Duration.ofSeconds(3));

    @Test
    void theExpectedAnswerIsExplainedByTheRequest() {
        assertThat(explanations.judge(call(RequestKind.CITIZEN_UNKNOWN, 404, 1, "NOT_FOUND", null)).explained()).isTrue();
        assertThat(explanations.judge(call(RequestKind.PROGRESS_INVALID, 409, 1, "CONFLICT", null)).explained()).isTrue();
    }

    @Test
    void anAnswerOtherThanTheExpectedOneIsNotExplainedWithoutAFaultOfTheSystemItNeeds() {
        Call refused = new Call(RequestKind.PROGRESS_VALID, 202, 12 * SECOND, 13 * SECOND, 409, "CONFLICT", true, false,
                null, List.of());
        assertThat(explanations.judge(refused)).isEqualTo(new Explanations.Outcome("UNEXPLAINED 409 CONFLICT instead of 202", false));
    }

    @Test
    void anUpstreamErrorIsExplainedOnlyByAFaultOfThatKindWhileOrJustAfterItRan() {
        assertThat(explanations.judge(call(RequestKind.CITIZEN_KNOWN, 504, 12, "UPSTREAM_TIMEOUT", null)))
                .isEqualTo(new Explanations.Outcome("504 UPSTREAM_TIMEOUT <- SLOW_PAST_DEADLINE", true));
        assertThat(explanations.judge(call(RequestKind.CITIZEN_KNOWN, 503, 16, "UPSTREAM_UNAVAILABLE", null)).explained())
                .as("the breaker still open just after").isTrue();
        assertThat(explanations.judge(call(RequestKind.CITIZEN_KNOWN, 503, 18, "UPSTREAM_UNAVAILABLE", null)).explained())
                .as("long after").isFalse();
        assertThat(explanations.judge(call(RequestKind.CITIZEN_KNOWN, 502, 12, "UPSTREAM_ERROR", null)).explained())
                .as("a slow register does not answer malformed").isFalse();
        assertThat(explanations.judge(call(RequestKind.ENTERPRISE_KNOWN, 504, 12, "UPSTREAM_TIMEOUT", null)).explained())
                .as("the business register never failed").isFalse();
    }

    @Test
    void aServerErrorAnErrorWithoutProblemJsonOrAWrongCodeIsNeverExplained() {
        assertThat(explanations.judge(call(RequestKind.CITIZEN_KNOWN, 500, 12, "INTERNAL", null)).explained()).isFalse();
        assertThat(explanations.judge(new Call(RequestKind.CITIZEN_UNKNOWN, 404, 0, SECOND, 404, null, false, false,
                null, List.of())).explained()).isFalse();
        assertThat(explanations.judge(call(RequestKind.CITIZEN_KNOWN, 504, 12, "UPSTREAM_ERROR", null)).explained())
                .isFalse();
        assertThat(explanations.judge(new Call(RequestKind.CITIZEN_KNOWN, 200, 12 * SECOND, 13 * SECOND, 503,
                "UPSTREAM_UNAVAILABLE", true, false, null, List.of())).label()).contains("without Retry-After");
        assertThat(explanations.judge(new Call(RequestKind.DOSSIER_CREATE, 202, 0, SECOND, Call.NO_ANSWER,
                "UncheckedIOException", false, false, null, List.of())).explained()).isFalse();
    }

    @Test
    void aStaleCopyOrAnUnavailableSourceNeedsAFaultOfItsSystem() {
        assertThat(explanations.judge(call(RequestKind.CITIZEN_KNOWN, 200, 12, null, "STALE")).explained()).isTrue();
        assertThat(explanations.judge(call(RequestKind.CITIZEN_KNOWN, 200, 30, null, "STALE")).explained()).isFalse();
        assertThat(explanations.judge(prefill(12, "population")).explained()).isTrue();
        assertThat(explanations.judge(prefill(30, "population")).explained()).isFalse();
        assertThat(explanations.judge(prefill(12, "insurance")).explained()).isFalse();
    }

    /** A one-second call starting at {@code atSecond}, expecting 200 unless the status is an expected error. */
    private static Call call(RequestKind kind, int status, int atSecond, String code, String cache) {
        int expected = status == 404 || status == 409 ? status : 200;
        return new Call(kind, expected, atSecond * SECOND, (atSecond + 1) * SECOND, status, code, code != null,
                status == 503, cache, List.of());
    }

    private static Call prefill(int atSecond, String unavailable) {
        return new Call(RequestKind.PREFILL, 200, atSecond * SECOND, (atSecond + 1) * SECOND, 200, null, false, false,
                null, List.of(unavailable));
    }
}
