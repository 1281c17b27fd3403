package vn.hanoi.gateway.routes.connector;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/** The last success and last failure of one connector, for health and the ops page. */
public final class ConnectorActivity {

    private final String system;
    private final Clock clock;
    private final AtomicReference<Instant> lastSuccess = new AtomicReference<>();
    private final AtomicReference<Failure> lastFailure = new AtomicReference<>();

    public ConnectorActivity(String system, Clock clock) {
        this.system = system;
        this.clock = clock;
    }

    public record Failure(Instant at, FailureKind kind) {
    }

    public String system() {
        return system;
    }

    void recordSuccess() {
        lastSuccess.set(clock.instant());
    }

    void recordFailure(FailureKind kind) {
        lastFailure.set(new Failure(clock.instant(), kind));
    }

    public Optional<Instant> lastSuccess() {
        return Optional.ofNullable(lastSuccess.get());
    }

    public Optional<Failure> lastFailure() {
        return Optional.ofNullable(lastFailure.get());
    }
}
