package vn.hanoi.gateway.testing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The real gateway jar ({@link GatewayProcess}) in sandbox mode on a data directory that outlives it: started,
 * killed with {@code kill -9} at any moment, and started again on the same data, as after a crash.
 */
public final class KillableGateway implements AutoCloseable {

    private final Path work;
    private final List<String> args;
    private GatewayProcess running;

    /** A gateway keeping its data in {@code work/data}, started with {@code args}. */
    public KillableGateway(Path work, List<String> args) {
        this.work = work;
        this.args = new ArrayList<>(List.of("--gateway.data-dir=" + dataDirectory(work)));
        this.args.addAll(args);
    }

    /** Where it keeps its data (the sandbox H2 file {@code gateway}, the audit spool…). */
    public static Path dataDirectory(Path work) {
        return work.resolve("data");
    }

    /** Starts it (again) and waits until it is ready. */
    public KillableGateway start() {
        running = GatewayProcess.start(work, args);
        return this;
    }

    /** {@code kill -9}; it stays down until {@link #start()}. */
    public void kill() {
        if (running != null) {
            running.kill();
            running = null;
        }
    }

    public GatewayHttp http() {
        return new GatewayHttp(running.port());
    }

    /** The last lines the running gateway wrote, for a failure message. */
    public String tail() {
        return running == null ? "(not running)" : running.tail();
    }

    @Override
    public void close() {
        kill();
    }
}
