package vn.hanoi.gateway.ops;

import java.time.Duration;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * A reading kept for a moment, so that the meters one scrape reads together (the outbox's depth, oldest age
 * and parked count) share one query instead of each running it.
 */
final class RecentReading<T> {

    private final Supplier<T> read;
    private final long keepNanos;
    private final LongSupplier nanoTime;
    private T value;
    private long readAt;
    private boolean hasValue;

    RecentReading(Supplier<T> read, Duration keep) {
        this(read, keep, System::nanoTime);
    }

    RecentReading(Supplier<T> read, Duration keep, LongSupplier nanoTime) {
        this.read = read;
        this.keepNanos = keep.toNanos();
        this.nanoTime = nanoTime;
    }

    synchronized T get() {
        long now = nanoTime.getAsLong();
        if (!hasValue || now - readAt >= keepNanos) {
            value = read.get();
            readAt = now;
            hasValue = true;
        }
        return value;
    }
}
