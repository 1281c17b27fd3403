package vn.hanoi.gateway.routes.connector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DeadlineGuardTest {

    private final DeadlineGuard guard = new DeadlineGuard("population");

    @Test
    void answersWithTheAttemptsResultWhenItIsInTime() {
        assertThat(guard.within(Deadline.after(Duration.ofSeconds(1)), () -> "record")).isEqualTo("record");
    }

    @Test
    void stopsWaitingAtTheDeadlineForAnAttemptThatIsStillReading() {
        long start = System.nanoTime();

        assertThatThrownBy(() -> guard.within(Deadline.after(Duration.ofMillis(100)), () -> {
            sleep(Duration.ofSeconds(5));
            return "too late";
        })).isInstanceOfSatisfying(UpstreamException.class,
                failure -> assertThat(failure.kind()).isEqualTo(FailureKind.TIMEOUT));

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
    }

    @Test
    void passesTheAttemptsOwnFailureOn() {
        UpstreamException notFound = new UpstreamException("population", FailureKind.NOT_FOUND, "MaKetQua 01");

        assertThatThrownBy(() -> guard.within(Deadline.after(Duration.ofSeconds(1)), () -> {
            throw notFound;
        })).isSameAs(notFound);
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
