package vn.hanoi.gateway.routes.connector;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;

/**
 * A bounded ring of the latest samples (when, how long, what kind), read back over a trailing window.
 * Holds at most {@code capacity} samples whatever the traffic, so a busy connector's window is its last
 * {@code capacity} samples when that is shorter than the window.
 */
final class RecentSamples {

    private final long[] atMillis;
    private final long[] nanos;
    private final byte[] kinds;
    private int next;
    private int size;

    RecentSamples(int capacity) {
        atMillis = new long[capacity];
        nanos = new long[capacity];
        kinds = new byte[capacity];
    }

    synchronized void add(Instant at, Duration took, int kind) {
        atMillis[next] = at.toEpochMilli();
        nanos[next] = took.toNanos();
        kinds[next] = (byte) kind;
        next = (next + 1) % atMillis.length;
        size = Math.min(size + 1, atMillis.length);
    }

    /** The samples taken since {@code from}, oldest first. */
    synchronized Window since(Instant from) {
        long fromMillis = from.toEpochMilli();
        long[] durations = new long[size];
        int[] countByKind = new int[Byte.MAX_VALUE];
        int count = 0;
        for (int i = 0; i < size; i++) {
            int slot = Math.floorMod(next - size + i, atMillis.length);
            if (atMillis[slot] >= fromMillis) {
                durations[count++] = nanos[slot];
                countByKind[kinds[slot]]++;
            }
        }
        return new Window(Arrays.copyOf(durations, count), countByKind);
    }

    /** The samples of one window: their durations, and how many there were of each kind. */
    record Window(long[] durationsNanos, int[] countByKind) {

        int count(int kind) {
            return countByKind[kind];
        }

        int total() {
            return durationsNanos.length;
        }

        /** The duration that {@code fraction} of the samples did not exceed (nearest rank), if any. */
        Duration percentile(double fraction) {
            if (durationsNanos.length == 0) {
                return null;
            }
            long[] sorted = durationsNanos.clone();
            Arrays.sort(sorted);
            int rank = (int) Math.ceil(fraction * sorted.length);
            return Duration.ofNanos(sorted[Math.max(0, rank - 1)]);
        }
    }
}
