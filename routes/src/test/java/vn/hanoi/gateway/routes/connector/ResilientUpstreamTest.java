package vn.hanoi.gateway.routes.connector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ResilientUpstreamTest {

    private static final LookupRequest REQUEST = new LookupRequest("001305885451", "corr-1", "officer-1", null);

    private final ConnectorProperties properties = TestConnectors.properties();
    private final Connector connector = TestConnectors.connector(properties);
    private final AtomicInteger calls = new AtomicInteger();

    private Upstream<String> failing(FailureKind kind) {
        return (request, deadline, timeout) -> {
            calls.incrementAndGet();
            throw new UpstreamException(TestConnectors.SYSTEM, kind, "test");
        };
    }

    @Test
    void retriesARetryableFailureUpToMaxAttemptsThenGivesUp() {
        assertThatThrownBy(() -> connector.resilient().call(failing(FailureKind.SERVER_ERROR), REQUEST, deadline()))
                .isInstanceOfSatisfying(UpstreamException.class, e -> assertThat(e.kind()).isEqualTo(FailureKind.SERVER_ERROR));
        assertThat(calls).hasValue(3);
    }

    @Test
    void succeedsWhenALaterAttemptSucceeds() {
        Upstream<String> flaky = (request, deadline, timeout) -> {
            if (calls.incrementAndGet() < 3) {
                throw new UpstreamException(TestConnectors.SYSTEM, FailureKind.IO, "reset");
            }
            return "record";
        };
        assertThat(connector.resilient().call(flaky, REQUEST, deadline())).isEqualTo("record");
        assertThat(calls).hasValue(3);
        assertThat(connector.activity().lastSuccess()).isPresent();
    }

    @Test
    void neverRetriesNotFound() {
        for (int i = 0; i < 10; i++) {
            assertThatThrownBy(() -> connector.resilient().call(failing(FailureKind.NOT_FOUND), REQUEST, deadline()))
                    .isInstanceOf(UpstreamException.class);
        }
        assertThat(calls).hasValue(10);
    }

    @Test
    void doesNotRetryAFailureOutsideTheRetryList() {
        assertThatThrownBy(() -> connector.resilient().call(failing(FailureKind.MALFORMED_RESPONSE), REQUEST, deadline()))
                .isInstanceOf(UpstreamException.class);
        assertThat(calls).hasValue(1);
    }

    @Test
    void honoursRetryAfterAndGivesUpAtOnceWhenItLiesBeyondTheDeadline() {
        Upstream<String> throttled = (request, deadline, timeout) -> {
            calls.incrementAndGet();
            throw new UpstreamException(TestConnectors.SYSTEM, FailureKind.THROTTLED, "429", Duration.ofSeconds(5), null);
        };
        long start = System.nanoTime();
        assertThatThrownBy(() -> connector.resilient().call(throttled, REQUEST, deadline()))
                .isInstanceOfSatisfying(UpstreamException.class,
                        e -> assertThat(e.retryAfter()).contains(Duration.ofSeconds(5)));
        assertThat(calls).hasValue(1);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(900));
    }

    @Test
    void waitsForAShortRetryAfterBeforeTryingAgain() {
        Upstream<String> throttledOnce = (request, deadline, timeout) -> {
            if (calls.incrementAndGet() == 1) {
                throw new UpstreamException(TestConnectors.SYSTEM, FailureKind.THROTTLED, "429", Duration.ofMillis(300), null);
            }
            return "record";
        };
        long start = System.nanoTime();
        assertThat(connector.resilient().call(throttledOnce, REQUEST, deadline())).isEqualTo("record");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
    }

    @Test
    void givesEachAttemptNoMoreThanWhatIsLeftOfTheDeadline() {
        Deadline nearly = Deadline.after(Duration.ofMillis(100));
        Upstream<Duration> reportsItsTimeout = (request, deadline, timeout) -> timeout;
        assertThat(connector.resilient().call(reportsItsTimeout, REQUEST, nearly)).isLessThanOrEqualTo(Duration.ofMillis(100));
    }

    @Test
    void answersTimeoutWithoutCallingWhenTheDeadlineHasPassed() {
        Deadline passed = Deadline.after(Duration.ZERO);
        assertThatThrownBy(() -> connector.resilient().call(failing(FailureKind.IO), REQUEST, passed))
                .isInstanceOfSatisfying(UpstreamException.class, e -> assertThat(e.kind()).isEqualTo(FailureKind.TIMEOUT));
        assertThat(calls).hasValue(0);
    }

    @Test
    void classifiesAnUnexpectedExceptionAsAnUnusableAnswer() {
        Upstream<String> broken = (request, deadline, timeout) -> {
            throw new IllegalStateException("unexpected shape");
        };
        assertThatThrownBy(() -> connector.resilient().call(broken, REQUEST, deadline()))
                .isInstanceOfSatisfying(UpstreamException.class,
                        e -> assertThat(e.kind()).isEqualTo(FailureKind.MALFORMED_RESPONSE));
    }

    private Deadline deadline() {
        return Deadline.after(properties.getDeadline());
    }
}
