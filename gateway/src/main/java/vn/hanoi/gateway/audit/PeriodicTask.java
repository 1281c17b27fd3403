package vn.hanoi.gateway.audit;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.springframework.context.SmartLifecycle;

/**
 * Work that runs every interval on a daemon thread of its own while the application runs (the spool drain, the
 * periodic checkpoint): started and stopped with the context, the first run one interval after start.
 */
abstract class PeriodicTask implements SmartLifecycle {

    private final String threadName;
    private final long intervalMillis;
    private ScheduledExecutorService timer;

    PeriodicTask(String threadName, Duration interval) {
        this.threadName = threadName;
        this.intervalMillis = interval.toMillis();
    }

    /** One run; a failure it does not handle ends the schedule, as with any {@link ScheduledExecutorService}. */
    abstract void runOnce();

    long intervalMillis() {
        return intervalMillis;
    }

    @Override
    public synchronized void start() {
        timer = Executors.newSingleThreadScheduledExecutor(work -> {
            Thread thread = new Thread(work, threadName);
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleWithFixedDelay(this::runOnce, intervalMillis, intervalMillis, TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        timer.shutdownNow();
        timer = null;
    }

    @Override
    public synchronized boolean isRunning() {
        return timer != null;
    }
}
