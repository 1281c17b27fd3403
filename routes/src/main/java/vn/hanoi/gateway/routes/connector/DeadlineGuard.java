package vn.hanoi.gateway.routes.connector;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.slf4j.MDC;

/**
 * Makes the deadline a hard bound: runs an attempt on a worker thread and stops waiting for it when the
 * request's time is up. HTTP clients' own timeouts end when the response headers arrive, so an upstream
 * that answers at once and then trickles its body would otherwise keep the caller past the deadline. The
 * late attempt's answer streams are closed ({@link AnswerStreams}) and its thread interrupted; the caller
 * gets {@link FailureKind#TIMEOUT} on time.
 *
 * <p>The workers are bounded ({@code max-concurrent-calls}): an upstream that hangs cannot take every
 * thread of the gateway. When all are busy, an attempt is refused at once as
 * {@link FailureKind#TOO_MANY_CALLS_IN_FLIGHT}, without a queue to wait in. Idle workers end after
 * {@link #IDLE_WORKER_LIFETIME}.
 */
final class DeadlineGuard {

    static final Duration IDLE_WORKER_LIFETIME = Duration.ofSeconds(30);

    private final String system;
    private final ThreadPoolExecutor workers;

    DeadlineGuard(String system, int maxConcurrentCalls) {
        if (maxConcurrentCalls < 1) {
            throw new IllegalArgumentException("max-concurrent-calls of " + system + " must be at least 1");
        }
        this.system = system;
        this.workers = new ThreadPoolExecutor(0, maxConcurrentCalls, IDLE_WORKER_LIFETIME.toMillis(),
                TimeUnit.MILLISECONDS, new SynchronousQueue<>(), daemonThreads(system + "-upstream-"),
                new ThreadPoolExecutor.AbortPolicy());
    }

    <T> T within(Deadline deadline, Supplier<T> attempt) {
        AnswerStreams streams = new AnswerStreams();
        Future<T> running = start(() -> streams.run(attempt));
        try {
            return running.get(Math.max(1, deadline.remaining().toNanos()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException late) {
            abandon(running, streams);
            throw new UpstreamException(system, FailureKind.TIMEOUT, "no complete answer within the deadline");
        } catch (ExecutionException failed) {
            throw UpstreamException.rethrown(failed);
        } catch (InterruptedException interrupted) {
            abandon(running, streams);
            Thread.currentThread().interrupt();
            throw new UpstreamException(system, FailureKind.TIMEOUT, "interrupted while waiting for the upstream");
        }
    }

    /** Stops a late attempt: closes what it reads (an interrupt alone does not end every blocked read), then interrupts it. */
    private static void abandon(Future<?> running, AnswerStreams streams) {
        streams.abandon();
        running.cancel(true);
    }

    /** Attempts running now. */
    int activeCalls() {
        return workers.getActiveCount();
    }

    /** Worker threads alive now, busy or idle. */
    int workerThreads() {
        return workers.getPoolSize();
    }

    private <T> Future<T> start(Supplier<T> attempt) {
        Map<String, String> logContext = MDC.getCopyOfContextMap();
        try {
            return workers.submit(() -> {
                if (logContext != null) {
                    MDC.setContextMap(logContext);
                }
                try {
                    return attempt.get();
                } finally {
                    MDC.clear();
                }
            });
        } catch (RejectedExecutionException full) {
            throw new UpstreamException(system, FailureKind.TOO_MANY_CALLS_IN_FLIGHT,
                    "too many calls in flight (" + workers.getMaximumPoolSize() + ")");
        }
    }

    private static ThreadFactory daemonThreads(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return work -> {
            Thread thread = new Thread(work, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
