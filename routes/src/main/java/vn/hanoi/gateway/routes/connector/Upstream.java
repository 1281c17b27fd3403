package vn.hanoi.gateway.routes.connector;

import java.time.Duration;

/**
 * One attempt at one national system: the native record, or an {@link UpstreamException} saying what
 * went wrong ({@link FailureKind#NOT_FOUND} included). Retries, breaker and deadline are not its business.
 *
 * @param <N> the native record type
 */
@FunctionalInterface
public interface Upstream<N> {

    N fetch(LookupRequest request, Deadline deadline, Duration attemptTimeout);
}
