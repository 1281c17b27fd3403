package vn.hanoi.gateway.routes.connector;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

/**
 * The answer streams an attempt is reading, closed when {@link DeadlineGuard} abandons the attempt at its
 * deadline. Interrupting the attempt's thread is not enough: a thread blocked reading an answer that
 * trickles in (CXF on the JDK's HTTP client) ignores the interrupt and reads on until the upstream is done;
 * a closed stream fails its next read at once and gives the connection back.
 */
final class AnswerStreams {

    private static final ThreadLocal<AnswerStreams> OF_THIS_ATTEMPT = new ThreadLocal<>();

    private final List<Closeable> open = new CopyOnWriteArrayList<>();
    private volatile boolean abandoned;

    /** Tells the attempt running on this thread, if any, that it is reading {@code stream}. */
    static void reading(Closeable stream) {
        AnswerStreams streams = OF_THIS_ATTEMPT.get();
        if (streams != null) {
            streams.open.add(stream);
            if (streams.abandoned) {
                closeQuietly(stream);
            }
        }
    }

    /** Runs the attempt on this thread, its answer streams registered here. */
    <T> T run(Supplier<T> attempt) {
        OF_THIS_ATTEMPT.set(this);
        try {
            return attempt.get();
        } finally {
            OF_THIS_ATTEMPT.remove();
        }
    }

    /** Closes every stream the attempt is reading, and any it opens from now on. */
    void abandon() {
        abandoned = true;
        open.forEach(AnswerStreams::closeQuietly);
    }

    private static void closeQuietly(Closeable stream) {
        try {
            stream.close();
        } catch (IOException | RuntimeException alreadyBroken) {
            // The attempt is abandoned: whatever its stream says now, nobody reads it.
        }
    }
}
