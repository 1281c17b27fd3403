package vn.hanoi.gateway.reliability;

import java.util.Set;

/**
 * One way a national system fails, and the answers it may cost a caller of a lookup that needs it: its own
 * (API.md's error table) or 503 from the circuit breaker it opened.
 */
enum UpstreamFault {
    /** HTTP 503 with a body that is not the system's: {@code SERVER_ERROR}. */
    UNAVAILABLE(503),
    /** The connection reset before an answer: {@code IO}. */
    CONNECTION_RESET(503),
    /** The answer arrives after the connector's deadline: {@code TIMEOUT}. */
    SLOW_PAST_DEADLINE(504, 503),
    /** HTTP 200 with a body that is neither XML nor JSON: {@code MALFORMED_RESPONSE}. */
    MALFORMED(502, 503);

    private final Set<Integer> explains;

    UpstreamFault(Integer... explains) {
        this.explains = Set.of(explains);
    }

    boolean explains(int status) {
        return explains.contains(status);
    }
}
