package vn.hanoi.gateway.routes.connector;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;

/**
 * An upstream call that did not produce a record, classified. Messages never carry personal data:
 * they name the system and the kind of failure only.
 */
public final class UpstreamException extends RuntimeException {

    private final String system;
    private final FailureKind kind;
    private final transient Duration retryAfter;
    private final String platformError;

    public UpstreamException(String system, FailureKind kind, String detail) {
        this(system, kind, detail, null, null);
    }

    public UpstreamException(String system, FailureKind kind, String detail, Duration retryAfter, Throwable cause) {
        super(system + ": " + kind + (detail == null ? "" : " (" + detail + ")"), cause, false, false);
        this.system = system;
        this.kind = kind;
        this.retryAfter = retryAfter;
        this.platformError = null;
    }

    private UpstreamException(UpstreamException failure, String platformError) {
        super(failure.getMessage(), failure.getCause(), false, false);
        this.system = failure.system;
        this.kind = failure.kind;
        this.retryAfter = failure.retryAfter;
        this.platformError = platformError;
    }

    /** The same failure, told by the national data-sharing platform with this {@code errorCode}. */
    UpstreamException fromPlatform(String errorCode) {
        return new UpstreamException(this, errorCode);
    }

    /** The platform's {@code X-Platform-Error} when the platform, not the register, answered so. */
    public Optional<String> platformError() {
        return Optional.ofNullable(platformError);
    }

    public String system() {
        return system;
    }

    public FailureKind kind() {
        return kind;
    }

    /** What another thread's work threw (an upstream failure as it was), for the thread that waited for it. */
    static RuntimeException rethrown(ExecutionException failed) {
        if (failed.getCause() instanceof RuntimeException unchecked) {
            return unchecked;
        }
        if (failed.getCause() instanceof Error error) {
            throw error;
        }
        return new IllegalStateException(failed.getCause());
    }

    /** How long the upstream asked us to wait, when it said so. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
