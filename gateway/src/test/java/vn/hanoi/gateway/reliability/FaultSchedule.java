package vn.hanoi.gateway.reliability;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Flaps upstreams on a thread of its own: healthy for {@code healthy}, then every upstream fails in the next
 * {@link UpstreamFault} way for {@code failing}, and again, until stopped (when all are healed). Every failing
 * period is recorded, on the {@link System#nanoTime()} clock, from before the fault was injected to after it
 * was healed.
 */
final class FaultSchedule implements AutoCloseable {

    /** One failing period of one upstream. */
    record Window(String system, UpstreamFault fault, long fromNanos, long toNanos) {

        /** Whether a call running from {@code startNanos} to {@code endNanos} met this fault or its aftermath. */
        boolean overlaps(long startNanos, long endNanos, Duration aftermath) {
            return startNanos <= toNanos + aftermath.toNanos() && endNanos >= fromNanos;
        }
    }

    private final List<FlappingUpstream> upstreams;
    private final Duration healthy;
    private final Duration failing;
    private final List<Window> windows = new CopyOnWriteArrayList<>();
    private final CountDownLatch stop = new CountDownLatch(1);
    private final Thread flapper;

    FaultSchedule(List<FlappingUpstream> upstreams, Duration healthy, Duration failing) {
        this.upstreams = List.copyOf(upstreams);
        this.healthy = healthy;
        this.failing = failing;
        this.flapper = new Thread(this::flap, "fault-schedule");
        flapper.setDaemon(true);
    }

    void start() {
        flapper.start();
    }

    /** The failing periods so far (complete ones; after {@link #close()} all of them). */
    List<Window> windows() {
        return List.copyOf(windows);
    }

    private void flap() {
        UpstreamFault[] faults = UpstreamFault.values();
        for (int cycle = 0; !stopped(healthy); cycle++) {
            UpstreamFault fault = faults[cycle % faults.length];
            long from = System.nanoTime();
            upstreams.forEach(upstream -> upstream.inject(fault));
            boolean last = stopped(failing);
            upstreams.forEach(FlappingUpstream::heal);
            long to = System.nanoTime();
            upstreams.forEach(upstream -> windows.add(new Window(upstream.system(), fault, from, to)));
            if (last) {
                return;
            }
        }
    }

    private boolean stopped(Duration wait) {
        try {
            return stop.await(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }

    /** Stops flapping and leaves every upstream healthy. */
    @Override
    public void close() {
        stop.countDown();
        try {
            flapper.join(TimeUnit.SECONDS.toMillis(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        upstreams.forEach(FlappingUpstream::heal);
    }
}
