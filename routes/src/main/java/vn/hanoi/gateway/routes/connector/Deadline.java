package vn.hanoi.gateway.routes.connector;

import java.time.Duration;

/**
 * The moment by which a request must be answered. Every attempt, token fetch and back-off takes its
 * time from what is left, so that no caller waits longer than its connector's deadline.
 */
public final class Deadline {

    private final long endNanos;

    private Deadline(long endNanos) {
        this.endNanos = endNanos;
    }

    public static Deadline after(Duration budget) {
        return new Deadline(System.nanoTime() + budget.toNanos());
    }

    public Duration remaining() {
        return Duration.ofNanos(Math.max(0, endNanos - System.nanoTime()));
    }

    public boolean isExpired() {
        return endNanos - System.nanoTime() <= 0;
    }

    /** The time one attempt may take: its own limit, or less if the deadline is nearer. */
    public Duration cap(Duration limit) {
        Duration remaining = remaining();
        return remaining.compareTo(limit) < 0 ? remaining : limit;
    }
}
