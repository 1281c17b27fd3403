package vn.hanoi.gateway.routes.connector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

class DeadlineGuardTest {

    private final DeadlineGuard guard = new DeadlineGuard("population", 2);

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

    @Test
    void refusesAtOnceAnAttemptBeyondTheMaximumInFlightAndTakesOneAgainWhenAWorkerIsFree() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService callers = Executors.newFixedThreadPool(2);
        try {
            for (int caller = 0; caller < 2; caller++) {
                callers.submit(() -> guard.within(Deadline.after(Duration.ofSeconds(30)), () -> waitFor(release)));
            }
            await().atMost(Duration.ofSeconds(10)).until(() -> guard.activeCalls() == 2);

            assertThatThrownBy(() -> guard.within(Deadline.after(Duration.ofSeconds(30)), () -> "third"))
                    .isInstanceOfSatisfying(UpstreamException.class, failure ->
                            assertThat(failure.kind()).isEqualTo(FailureKind.TOO_MANY_CALLS_IN_FLIGHT));

            release.countDown();
            await().atMost(Duration.ofSeconds(10)).until(() -> guard.activeCalls() == 0);
            assertThat(guard.within(Deadline.after(Duration.ofSeconds(5)), () -> "in time")).isEqualTo("in time");
            assertThat(guard.workerThreads()).isLessThanOrEqualTo(2);
        } finally {
            callers.shutdownNow();
        }
    }

    @Test
    void freesTheWorkerOfAnAttemptStoppedAtTheDeadline() {
        assertThatThrownBy(() -> guard.within(Deadline.after(Duration.ofMillis(100)), () -> {
            sleep(Duration.ofSeconds(30));
            return "too late";
        })).isInstanceOf(UpstreamException.class);

        await().atMost(Duration.ofSeconds(10)).until(() -> guard.activeCalls() == 0);
    }

    @Test
    void needsRoomForOneCallAtLeast() {
        assertThatThrownBy(() -> new DeadlineGuard("population", 0)).isInstanceOf(IllegalArgumentException.class);
    }

    private static String waitFor(CountDownLatch release) {
        try {
            release.await();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        return "released";
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
