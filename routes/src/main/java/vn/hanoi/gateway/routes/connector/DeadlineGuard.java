package vn.hanoi.gateway.routes.connector;

import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.slf4j.MDC;

/**
 * Makes the deadline a hard bound: runs an attempt on a worker thread and stops waiting for it when the
 * request's time is up. HTTP clients' own timeouts end when the response headers arrive, so an upstream
 * that answers at once and then trickles its body would otherwise keep the caller past the deadline. The
 * late attempt is interrupted; the caller gets {@link FailureKind#TIMEOUT} on time.
 */
final class DeadlineGuard {

    private final String system;
    private final ExecutorService workers;

    DeadlineGuard(String system) {
        this.system = system;
        this.workers = Executors.newCachedThreadPool(daemonThreads(system + "-upstream-"));
    }

    <T> T within(Deadline deadline, Supplier<T> attempt) {
        Map<String, String> logContext = MDC.getCopyOfContextMap();
        Future<T> running = workers.submit(() -> {
            if (logContext != null) {
                MDC.setContextMap(logContext);
            }
            try {
                return attempt.get();
            } finally {
                MDC.clear();
            }
        });
        try {
            return running.get(Math.max(1, deadline.remaining().toNanos()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException late) {
            running.cancel(true);
            throw new UpstreamException(system, FailureKind.TIMEOUT, "no complete answer within the deadline");
        } catch (ExecutionException failed) {
            throw UpstreamException.rethrown(failed);
        } catch (InterruptedException interrupted) {
            running.cancel(true);
            Thread.currentThread().interrupt();
            throw new UpstreamException(system, FailureKind.TIMEOUT, "interrupted while waiting for the upstream");
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
