package vn.hanoi.gateway.routes.connector;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ConnectorActivityTest {

    private final LookupRoutesTest.MovableClock clock = new LookupRoutesTest.MovableClock();
    private final ConnectorActivity activity = new ConnectorActivity("population", clock, Duration.ofMinutes(5));

    @Test
    void reportsErrorRateAndP95LatencyOfTheAttemptsInTheWindow() {
        for (int millis = 1; millis <= 18; millis++) {
            activity.recordSuccess(Duration.ofMillis(millis));
        }
        activity.recordFailure(FailureKind.IO, Duration.ofMillis(19));
        activity.recordFailure(FailureKind.TIMEOUT, Duration.ofMillis(20));

        ConnectorActivity.Recent recent = activity.recent();

        assertThat(recent.attempts()).isEqualTo(20);
        assertThat(recent.failures()).isEqualTo(2);
        assertThat(recent.errorRate()).contains(0.1);
        assertThat(recent.p95Latency()).isEqualTo(Duration.ofMillis(19));
        assertThat(activity.lastFailure()).hasValueSatisfying(f -> assertThat(f.kind()).isEqualTo(FailureKind.TIMEOUT));
    }

    @Test
    void forgetsWhatHappenedBeforeTheWindowButKeepsTheLastSuccessAndFailure() {
        activity.recordSuccess(Duration.ofMillis(5));
        activity.recordFailure(FailureKind.SOAP_FAULT, Duration.ofMillis(5));
        activity.recordAnswer(CacheState.HIT);
        clock.advance(Duration.ofMinutes(5).plusSeconds(1));

        ConnectorActivity.Recent recent = activity.recent();

        assertThat(recent.attempts()).isZero();
        assertThat(recent.errorRate()).isEmpty();
        assertThat(recent.p95Latency()).isNull();
        assertThat(recent.cacheHitRatio()).isEmpty();
        assertThat(activity.lastSuccess()).isPresent();
        assertThat(activity.lastFailure()).isPresent();
    }

    @Test
    void countsLookupsAnsweredFromTheCache() {
        activity.recordAnswer(CacheState.HIT);
        activity.recordAnswer(CacheState.HIT);
        activity.recordAnswer(CacheState.HIT);
        activity.recordAnswer(CacheState.MISS);
        activity.recordAnswer(CacheState.STALE);

        ConnectorActivity.Recent recent = activity.recent();

        assertThat(recent.cacheHitRatio()).contains(0.6);
        assertThat(recent.staleAnswers()).isEqualTo(1);
        assertThat(recent.attempts()).isZero();
    }

    @Test
    void keepsABoundedNumberOfSamplesWhateverTheTraffic() {
        for (int i = 0; i < ConnectorActivity.MAX_SAMPLES + 50; i++) {
            activity.recordFailure(FailureKind.IO, Duration.ofMillis(1));
        }
        activity.recordSuccess(Duration.ofMillis(1));

        ConnectorActivity.Recent recent = activity.recent();

        assertThat(recent.attempts()).isEqualTo(ConnectorActivity.MAX_SAMPLES);
        assertThat(recent.failures()).isEqualTo(ConnectorActivity.MAX_SAMPLES - 1);
    }
}
