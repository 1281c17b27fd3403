package vn.hanoi.gateway.routes.connector;

/**
 * What went wrong with an upstream call. Configuration decides which kinds count against the circuit
 * breaker and which are retried ({@code gateway.connector-defaults.failures}).
 */
public enum FailureKind {
    /** Connection refused or reset, or another I/O error. */
    IO,
    /** No answer within the attempt's time or the request's deadline. */
    TIMEOUT,
    /** HTTP 5xx without a usable body. */
    SERVER_ERROR,
    /** A SOAP Fault. */
    SOAP_FAULT,
    /** The register answered in-band that it failed (e.g. {@code MaKetQua 99}). */
    REGISTER_ERROR,
    /** An answer the gateway cannot read (malformed XML or JSON, wrong shape, larger than {@code max-response-size}). */
    MALFORMED_RESPONSE,
    /** HTTP 429: the upstream asks us to slow down. */
    THROTTLED,
    /** The upstream refused our credentials even after a fresh token. */
    UNAUTHORIZED,
    /** The register says the request was invalid (the gateway validated first: a bug somewhere). */
    REJECTED_REQUEST,
    /** The register holds no such record: a normal answer, never a failure of the upstream. */
    NOT_FOUND,
    /** The circuit breaker is open: the upstream was not called. */
    CIRCUIT_OPEN,
    /**
     * Too many calls in flight: every worker of the connector is busy with an earlier call, so the upstream
     * was not called ({@code max-concurrent-calls}). The gateway's own overload, never the upstream's failure.
     */
    TOO_MANY_CALLS_IN_FLIGHT
}
